# cmake -P script behind TestDebPackage: builds the Debian package with CPack from the build
# tree and checks what a user gets from `apt install ./bakery-trainer_*.deb`: both programs,
# the desktop entry under its reverse-DNS id, the icon, the AppStream metadata, and the
# dependencies that shlibdeps cannot see (Qt's platform and SQLite plugins).
# In: BUILD_DIR, WORK_DIR.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND ${CMAKE_CPACK_COMMAND} -G DEB -B "${WORK_DIR}"
                        --config "${BUILD_DIR}/CPackConfig.cmake"
                WORKING_DIRECTORY "${BUILD_DIR}" RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed (${rc}):\n${out}")
endif()
file(GLOB debs "${WORK_DIR}/bakery-trainer_*.deb")
list(LENGTH debs n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "expected one bakery-trainer_*.deb in ${WORK_DIR}, found ${n}")
endif()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
execute_process(COMMAND dpkg-deb -f ${debs} Package Depends OUTPUT_VARIABLE fields)
foreach(path ./usr/bin/bakery-trainer ./usr/bin/bakery-trainer-cli
             ./usr/share/applications/org.bakeryia.Trainer.desktop
             ./usr/share/metainfo/org.bakeryia.Trainer.metainfo.xml
             ./usr/share/icons/hicolor/scalable/apps/org.bakeryia.Trainer.svg)
  string(FIND "${contents}" " ${path}\n" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package lacks ${path}:\n${contents}")
  endif()
endforeach()
foreach(dep qt6-qpa-plugins libqt6sql6-sqlite libqt6widgets6 libqt6charts6)
  string(FIND "${fields}" "${dep}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package does not depend on ${dep}:\n${fields}")
  endif()
endforeach()
message(STATUS "package ok: ${debs}\n${fields}")
