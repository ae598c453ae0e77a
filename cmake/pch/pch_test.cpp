// Gives capataz_test_pch (tests/CMakeLists.txt) something to compile.
