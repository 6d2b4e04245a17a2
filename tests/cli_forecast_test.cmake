message(STATUS "cli test pending")
