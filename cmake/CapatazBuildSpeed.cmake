# Build speed on the 2-core CI machine: ccache when present, precompiled Qt/std headers for the
# large targets. Neither changes what is built; CAPATAZ_CCACHE=OFF / CAPATAZ_PCH=OFF turn them off.
option(CAPATAZ_CCACHE "Compile through ccache when it is installed" ON)
option(CAPATAZ_PCH "Precompile the Qt and standard headers of core, ui and the tests" ON)

if(CAPATAZ_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  find_program(CAPATAZ_CCACHE_PROGRAM ccache)
  if(CAPATAZ_CCACHE_PROGRAM)
    # BASEDIR + NOHASHDIR: worktrees and clean clones in other folders share one cache.
    # The sloppiness settings are what ccache needs to cache objects built with a PCH.
    set(CMAKE_CXX_COMPILER_LAUNCHER
        ${CMAKE_COMMAND} -E env CCACHE_BASEDIR=${CMAKE_SOURCE_DIR} CCACHE_NOHASHDIR=1
        CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
        ${CAPATAZ_CCACHE_PROGRAM})
  endif()
endif()

# capataz_use_pch(TARGET KIND): KIND is core (QtCore/Network/Sql + std), ui (adds Widgets) or
# test (adds QtTest).
function(capataz_use_pch target kind)
  if(NOT CAPATAZ_PCH)
    return()
  endif()
  target_precompile_headers(${target} PRIVATE ${PROJECT_SOURCE_DIR}/cmake/pch/pch_${kind}.h)
endfunction()
