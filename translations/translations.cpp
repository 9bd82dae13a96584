// Holds the embedded .qm catalogues (see CMakeLists.txt).
