# cmake -P script behind the TestTranslationsComplete test.
# In: LUPDATE, WORK_DIR, and |-separated TS_FILES, SCAN_PATHS, LUPDATE_OPTIONS.
# Fails when a checked-in .ts has an unfinished message, or when lupdate, run on the sources
# into a copy of the .ts files, finds strings they do not have yet.
foreach(var LUPDATE WORK_DIR TS_FILES SCAN_PATHS)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "CheckTranslations.cmake: ${var} is not set")
  endif()
endforeach()
string(REPLACE "|" ";" ts_files "${TS_FILES}")
string(REPLACE "|" ";" scan_paths "${SCAN_PATHS}")
string(REPLACE "|" ";" lupdate_options "${LUPDATE_OPTIONS}")

# Prints each unfinished message of `file` and adds their count to `count_var`.
function(list_unfinished file label count_var)
  file(READ "${file}" text)
  string(REGEX MATCHALL
         "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\""
         hits "${text}")
  list(LENGTH hits n)
  foreach(hit IN LISTS hits)
    string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" source "${hit}")
    message("  ${label}: unfinished: \"${source}\"")
  endforeach()
  math(EXPR total "${${count_var}} + ${n}")
  set(${count_var} ${total} PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies "")
set(checked_in_unfinished 0)
foreach(ts IN LISTS ts_files)
  if(NOT EXISTS "${ts}")
    message(FATAL_ERROR "Missing translation file ${ts}")
  endif()
  get_filename_component(name "${ts}" NAME)
  list_unfinished("${ts}" "${name}" checked_in_unfinished)
  file(COPY "${ts}" DESTINATION "${WORK_DIR}")
  list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

execute_process(COMMAND "${LUPDATE}" ${scan_paths} ${lupdate_options} -ts ${copies}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}):\n${out}\n${err}")
endif()
message("${out}")

# lupdate says "Found N source text(s) (M new and K already existing)" per .ts file.
string(REGEX MATCHALL "\\(([0-9]+) new and" new_counts "${out}")
set(new_total 0)
foreach(hit IN LISTS new_counts)
  string(REGEX REPLACE "[^0-9]" "" n "${hit}")
  math(EXPR new_total "${new_total} + ${n}")
endforeach()
if(NOT new_counts)
  message(FATAL_ERROR "Could not read lupdate's summary:\n${out}\n${err}")
endif()

set(regenerated_unfinished 0)
foreach(copy IN LISTS copies)
  get_filename_component(name "${copy}" NAME)
  list_unfinished("${copy}" "${name} after lupdate" regenerated_unfinished)
endforeach()

if(checked_in_unfinished GREATER 0 OR new_total GREATER 0 OR regenerated_unfinished GREATER 0)
  message(FATAL_ERROR
    "Translations are incomplete: ${checked_in_unfinished} unfinished message(s) in the .ts "
    "files, ${new_total} missing message(s) (strings in the sources, counted per .ts file). Build the "
    "`update_translations` target, translate the new entries and mark them finished.")
endif()
message("All messages are translated and every source string is in the .ts files.")
