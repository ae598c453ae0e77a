# One interface target that every Capataz target links: language level, warnings,
# Qt defines and sanitizers live here and nowhere else.
add_library(capataz_options INTERFACE)
target_compile_features(capataz_options INTERFACE cxx_std_23)
target_compile_definitions(capataz_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  CAPATAZ_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(capataz_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
    -Wcast-align -Wunused -Woverloaded-virtual -Wimplicit-fallthrough)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(capataz_options INTERFACE -Wshadow=local)
  endif()
  if(CAPATAZ_WERROR)
    target_compile_options(capataz_options INTERFACE -Werror)
  endif()
  if(CAPATAZ_FUZZ)
    # libstdc++ 12's <expected> wants __cpp_concepts >= 202002L, which clang 16 implements
    # but does not advertise yet.
    target_compile_options(capataz_options INTERFACE -Wno-builtin-macro-redefined
      -U__cpp_concepts -D__cpp_concepts=202002L -fsanitize=fuzzer-no-link,address,undefined)
    target_link_options(capataz_options INTERFACE -fsanitize=address,undefined)
  endif()
  if(CAPATAZ_SANITIZE)
    target_compile_options(capataz_options INTERFACE -fsanitize=${CAPATAZ_SANITIZE} -fno-omit-frame-pointer
                           -fno-sanitize-recover=all)
    target_link_options(capataz_options INTERFACE -fsanitize=${CAPATAZ_SANITIZE})
  endif()
endif()
