# End-to-end test of `bakery-trainer-cli forecast`: JSON shape, CSV output, exit codes
# and one-line error messages.
# Run by CTest: cmake -DCLI=<bakery-trainer-cli> -DDATA=<tests/data> -P cli_forecast_test.cmake
cmake_minimum_required(VERSION 3.25)

if(NOT CLI OR NOT DATA)
  message(FATAL_ERROR "usage: cmake -DCLI=<bakery-trainer-cli> -DDATA=<tests/data dir> -P ${CMAKE_CURRENT_LIST_FILE}")
endif()

# The bread-basket bread series: ds,y columns of the Prophet reference forecast (162 rows).
set(series "${DATA}/series/bread-basket__bread.csv")
set(events "${DATA}/series/events.csv")
set(bad "${DATA}/cli")

# Runs the CLI with ARGN; sets rc, out and err in the caller (trailing newlines removed).
function(run_cli)
  execute_process(COMMAND "${CLI}" ${ARGN}
                  RESULT_VARIABLE code OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
  string(REGEX REPLACE "\n+$" "" stdout "${stdout}")
  string(REGEX REPLACE "\n+$" "" stderr "${stderr}")
  set(rc "${code}" PARENT_SCOPE)
  set(out "${stdout}" PARENT_SCOPE)
  set(err "${stderr}" PARENT_SCOPE)
endfunction()

function(expect_equal what actual expected)
  if(NOT "${actual}" STREQUAL "${expected}")
    message(FATAL_ERROR "${what}: expected '${expected}', got '${actual}'")
  endif()
endfunction()

# Fails unless member PATH... of json has TYPE (e.g. NUMBER, OBJECT, ARRAY).
function(expect_json_type json type)
  string(JSON actual ERROR_VARIABLE error TYPE "${json}" ${ARGN})
  if(error)
    message(FATAL_ERROR "JSON member '${ARGN}': ${error}\n${json}")
  endif()
  expect_equal("type of JSON member '${ARGN}'" "${actual}" "${type}")
endfunction()

# Checks the one JSON line `forecast --json` prints; sets `json` in the caller.
function(check_json_output label)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${label}: exit code ${rc}, stderr: ${err}")
  endif()
  expect_equal("${label}: stderr" "${err}" "")
  if(out MATCHES "\n")
    message(FATAL_ERROR "${label}: expected one line of JSON, got:\n${out}")
  endif()
  string(JSON type ERROR_VARIABLE error TYPE "${out}")
  if(error OR NOT type STREQUAL "OBJECT")
    message(FATAL_ERROR "${label}: stdout is not a JSON object (${error}):\n${out}")
  endif()
  foreach(key rows holdout fit_ms predict_ms)
    expect_json_type("${out}" NUMBER ${key})
  endforeach()
  foreach(key fit_ms predict_ms)
    string(JSON ms GET "${out}" ${key})
    if(ms LESS 0)
      message(FATAL_ERROR "${label}: ${key} is negative: ${ms}")
    endif()
  endforeach()
  expect_json_type("${out}" OBJECT holdout_metrics)
  foreach(key mae rmse r2 mape smape wape coverage)
    expect_json_type("${out}" NUMBER holdout_metrics ${key})
  endforeach()
  expect_json_type("${out}" OBJECT params)
  foreach(key k m sigma_obs)
    expect_json_type("${out}" NUMBER params ${key})
  endforeach()
  foreach(key delta beta)
    expect_json_type("${out}" ARRAY params ${key})
    string(JSON n LENGTH "${out}" params ${key})
    if(n EQUAL 0)
      message(FATAL_ERROR "${label}: params.${key} is empty")
    endif()
  endforeach()
  set(json "${out}" PARENT_SCOPE)
endfunction()

# Exit code 2 and exactly one line on stderr that matches REGEX.
function(expect_usage_error label regex)
  run_cli(${ARGN})
  if(NOT rc EQUAL 2)
    message(FATAL_ERROR "${label}: expected exit code 2, got '${rc}' (stderr: ${err})")
  endif()
  if(err STREQUAL "" OR err MATCHES "\n")
    message(FATAL_ERROR "${label}: expected one line on stderr, got:\n${err}")
  endif()
  if(NOT err MATCHES "${regex}")
    message(FATAL_ERROR "${label}: stderr '${err}' does not match '${regex}'")
  endif()
endfunction()

# 1. Defaults: 162 rows, the last 28 calendar days held out.
run_cli(forecast --input "${series}" --json)
check_json_output("forecast --json")
string(JSON rows GET "${json}" rows)
string(JSON holdout GET "${json}" holdout)
string(JSON train GET "${json}" train_rows)
expect_equal("rows" "${rows}" 162)
expect_equal("holdout" "${holdout}" 28)
expect_equal("train_rows" "${train}" 134)

# 2. Options, and the forecast CSV: every series row, then the future days.
set(csv "${CMAKE_CURRENT_BINARY_DIR}/cli_forecast_test_output.csv")
file(REMOVE "${csv}")
run_cli(forecast --input "${series}" --json --holdout 14 --days 10 --output "${csv}"
        --events "${events}" --holidays none --interval-width 0.8)
check_json_output("forecast with options")
string(JSON holdout GET "${json}" holdout)
string(JSON future GET "${json}" future_days)
expect_equal("holdout with --holdout 14" "${holdout}" 14)
expect_equal("future_days with --days 10" "${future}" 10)
if(NOT EXISTS "${csv}")
  message(FATAL_ERROR "--output did not write ${csv}")
endif()
file(STRINGS "${csv}" lines)
list(LENGTH lines count)
math(EXPR expected "1 + 162 + 10")
expect_equal("lines of ${csv}" "${count}" "${expected}")
list(GET lines 0 header)
if(NOT header MATCHES "^ds,y,yhat,yhat_lower,yhat_upper,trend(,|$)")
  message(FATAL_ERROR "unexpected CSV header: ${header}")
endif()
# The events file is used, and --holidays none leaves out the national holidays.
if(NOT header MATCHES ",valentine(,|$)" OR header MATCHES "Christmas Day")
  message(FATAL_ERROR "CSV header does not reflect --events / --holidays none: ${header}")
endif()
list(GET lines 1 first)
list(GET lines -1 last)
if(NOT first MATCHES "^2016-10-30,29,")
  message(FATAL_ERROR "unexpected first CSV row: ${first}")
endif()
# 10 days after 2017-04-09; no y in the future.
if(NOT last MATCHES "^2017-04-19,,")
  message(FATAL_ERROR "unexpected last CSV row: ${last}")
endif()
file(REMOVE "${csv}")

# 3. Bad input: exit code 2 and one line naming the file, line and problem.
expect_usage_error("missing file" "no-such-series\\.csv: cannot open the file"
                   forecast --input "${bad}/no-such-series.csv")
expect_usage_error("no ds/y header" "no-header\\.csv:1: expected a header with columns ds and y"
                   forecast --input "${bad}/no-header.csv")
expect_usage_error("bad date" "bad-date\\.csv:3: column 'ds': expected a date YYYY-MM-DD, found \"2020-01-32\""
                   forecast --input "${bad}/bad-date.csv")
expect_usage_error("bad number" "bad-number\\.csv:3: column 'y': expected a number, found \"1\\.2\\.3\""
                   forecast --input "${bad}/bad-number.csv")
expect_usage_error("duplicate dates" "duplicate-dates\\.csv:4: column 'ds': duplicate date 2020-01-01"
                   forecast --input "${bad}/duplicate-dates.csv")
expect_usage_error("one row" "one-row\\.csv: expected at least 2 data rows, found 1"
                   forecast --input "${bad}/one-row.csv")
expect_usage_error("bad --interval-width" "--interval-width: expected a number between 0 and 1, found \"1\\.5\""
                   forecast --input "${series}" --interval-width 1.5)
expect_usage_error("unknown --holidays" "--holidays: expected ES or none, found \"XX\""
                   forecast --input "${series}" --holidays XX)
expect_usage_error("no --input" "--input SERIES\\.csv is required" forecast)
expect_usage_error("holdout longer than the series" "holding out the last 500 days leaves 0 days with a value"
                   forecast --input "${series}" --holdout 500)

# 3b. Rows out of time order: the forecast CSV pairs each date with its own y.
file(STRINGS "${series}" series_lines)
list(POP_FRONT series_lines series_header)
list(REVERSE series_lines)
set(reversed "${CMAKE_CURRENT_BINARY_DIR}/cli_forecast_reversed.csv")
list(JOIN series_lines "\n" body)
file(WRITE "${reversed}" "${series_header}\n${body}\n")
run_cli(forecast --input "${reversed}" --json --output "${csv}")
expect_equal("exit code with reversed rows" "${rc}" 0)
file(STRINGS "${csv}" lines)
list(GET lines 1 first)
if(NOT first MATCHES "^2016-10-30,29,")
  message(FATAL_ERROR "reversed input: first CSV row pairs the wrong y: ${first}")
endif()
file(REMOVE "${csv}" "${reversed}")

# 4. Help exits 0 and describes the options.
run_cli(forecast --help)
expect_equal("exit code of forecast --help" "${rc}" 0)
if(NOT out MATCHES "--input" OR NOT out MATCHES "--holdout")
  message(FATAL_ERROR "forecast --help does not list the options:\n${out}")
endif()
run_cli(--help)
expect_equal("exit code of --help" "${rc}" 0)
if(NOT out MATCHES "forecast")
  message(FATAL_ERROR "--help does not list the forecast command:\n${out}")
endif()

message(STATUS "cli forecast test passed")
