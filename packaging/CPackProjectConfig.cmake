# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE in Packaging.cmake).
if(CPACK_GENERATOR STREQUAL "DEB"
   AND (NOT CPACK_DUPLEX_CHANGELOG_VERSION STREQUAL CPACK_PACKAGE_VERSION
        OR NOT CPACK_DUPLEX_METAINFO_RELEASE))
    message(FATAL_ERROR
        "packaging/changelog's newest entry is version ${CPACK_DUPLEX_CHANGELOG_VERSION}, the "
        "package is ${CPACK_PACKAGE_VERSION} (the metainfo has a <release> for it: "
        "${CPACK_DUPLEX_METAINFO_RELEASE}). Add ${CPACK_PACKAGE_VERSION} to both first "
        "(dch -v ${CPACK_PACKAGE_VERSION} -c packaging/changelog; <releases> in "
        "packaging/io.github.duplex.Duplex.metainfo.xml.in).")
endif()
