# Installing Duplex like a Debian program, and its .deb (included at the end of the top-level
# CMakeLists.txt; GNUInstallDirs is already included there and app/ installs bin/duplex).
#
#   cmake --install build --prefix /tmp/stage   bin/duplex, the desktop entry, the icon, the
#                                               AppStream metadata, the manual page, and the
#                                               changelog and copyright under share/doc/duplex
#   scripts/package.sh                          build-package/duplex_<version>_<arch>.deb, built
#                                               with CPack and checked by lintian and validators
#
# The files themselves live next to this one: duplex.desktop, duplex.1.in (the manual page,
# written by hand from `duplex --help`), io.github.duplex.Duplex.metainfo.xml.in, changelog
# (Debian format) and copyright (DEP-5).

set(DUPLEX_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(DUPLEX_PACKAGING_BINARY_DIR "${CMAKE_BINARY_DIR}/packaging")
# The AppStream component id. The desktop file keeps the program's name, duplex.desktop, as
# app/main.cpp tells Qt (setDesktopFileName), and the metainfo's <launchable> names it.
set(DUPLEX_APPSTREAM_ID "io.github.duplex.Duplex")
set(DUPLEX_PACKAGE_MAINTAINER "The Duplex developers <duplex@example.invalid>"
    CACHE STRING "Maintainer field of the .deb (Name <address>)")

# --- The manual page and the changelog, compressed the way Debian wants them (gzip -9n: best
# compression, no file name or time stamp, so the package is reproducible).
find_program(DUPLEX_GZIP gzip REQUIRED)
configure_file("${DUPLEX_PACKAGING_DIR}/duplex.1.in" "${DUPLEX_PACKAGING_BINARY_DIR}/duplex.1"
               @ONLY)
configure_file("${DUPLEX_PACKAGING_DIR}/${DUPLEX_APPSTREAM_ID}.metainfo.xml.in"
               "${DUPLEX_PACKAGING_BINARY_DIR}/${DUPLEX_APPSTREAM_ID}.metainfo.xml" @ONLY)
configure_file("${DUPLEX_PACKAGING_DIR}/changelog" "${DUPLEX_PACKAGING_BINARY_DIR}/changelog"
               COPYONLY)
add_custom_command(
    OUTPUT "${DUPLEX_PACKAGING_BINARY_DIR}/duplex.1.gz"
           "${DUPLEX_PACKAGING_BINARY_DIR}/changelog.gz"
    COMMAND "${DUPLEX_GZIP}" -9nkf duplex.1 changelog
    DEPENDS "${DUPLEX_PACKAGING_BINARY_DIR}/duplex.1" "${DUPLEX_PACKAGING_BINARY_DIR}/changelog"
    WORKING_DIRECTORY "${DUPLEX_PACKAGING_BINARY_DIR}"
    COMMENT "Compressing the manual page and the changelog"
    VERBATIM)
add_custom_target(duplex_packaging_files ALL
    DEPENDS "${DUPLEX_PACKAGING_BINARY_DIR}/duplex.1.gz"
            "${DUPLEX_PACKAGING_BINARY_DIR}/changelog.gz")

# The changelog's newest entry must be this version: Debian tools read the version from it.
file(STRINGS "${DUPLEX_PACKAGING_DIR}/changelog" duplex_changelog_head LIMIT_COUNT 1)
string(REGEX REPLACE "^duplex \\(([^)]+)\\).*" "\\1" DUPLEX_CHANGELOG_VERSION
       "${duplex_changelog_head}")
# So must the AppStream metadata have a <release> for it.
file(READ "${DUPLEX_PACKAGING_DIR}/${DUPLEX_APPSTREAM_ID}.metainfo.xml.in" duplex_metainfo)
string(FIND "${duplex_metainfo}" "<release version=\"${PROJECT_VERSION}\"" duplex_release_at)
if(duplex_release_at EQUAL -1)
    set(DUPLEX_METAINFO_RELEASE OFF)
else()
    set(DUPLEX_METAINFO_RELEASE ON)
endif()
if(NOT DUPLEX_CHANGELOG_VERSION STREQUAL PROJECT_VERSION OR NOT DUPLEX_METAINFO_RELEASE)
    message(WARNING "Version ${PROJECT_VERSION} needs an entry at the top of "
                    "packaging/changelog (its newest is ${DUPLEX_CHANGELOG_VERSION}) and a "
                    "<release> in packaging/${DUPLEX_APPSTREAM_ID}.metainfo.xml.in (there: "
                    "${DUPLEX_METAINFO_RELEASE}); cpack refuses to build the .deb until then.")
endif()

# --- What `cmake --install` puts beside bin/duplex.
install(FILES "${DUPLEX_PACKAGING_DIR}/duplex.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/duplex.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(FILES "${DUPLEX_PACKAGING_BINARY_DIR}/${DUPLEX_APPSTREAM_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${DUPLEX_PACKAGING_BINARY_DIR}/duplex.1.gz"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
# Not CMAKE_INSTALL_DOCDIR: that is share/doc/Duplex, after the project's name; Debian wants
# the package's.
install(FILES "${DUPLEX_PACKAGING_BINARY_DIR}/changelog.gz" "${DUPLEX_PACKAGING_DIR}/copyright"
        DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/duplex")

# No RUNPATH in the installed program: qt_standard_project_setup() gives executables
# $ORIGIN:$ORIGIN/../lib/<arch> for projects that install their own shared libraries, and
# Duplex installs none (its libraries are static; Qt's are in the system's library path).
set_property(TARGET duplex PROPERTY INSTALL_RPATH "")

# cmake --install --strip and CPack (CPACK_STRIP_FILES) run plain `strip`; like Debian's
# dh_strip, also drop the compilers' .comment and .note sections (lintian:
# binary-has-unneeded-section). Runs after app/'s install(TARGETS duplex) (policy CMP0082).
if(CMAKE_STRIP)
    install(CODE "
        if(CMAKE_INSTALL_DO_STRIP)
            execute_process(
                COMMAND \"${CMAKE_STRIP}\" --remove-section=.comment --remove-section=.note
                        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:duplex>\"
                COMMAND_ERROR_IS_FATAL ANY)
        endif()")
endif()

# --- Checks, with the test suite: the manual page names every option of `duplex --help`, and
# the desktop entry and AppStream metadata validate (when the validators are installed).
if(NOT DUPLEX_FUZZ)
    add_test(NAME packaging_manpage_options
             COMMAND "${CMAKE_COMMAND}" -D "DUPLEX=$<TARGET_FILE:duplex>"
                     -D "MANPAGE=${DUPLEX_PACKAGING_DIR}/duplex.1.in"
                     -P "${DUPLEX_PACKAGING_DIR}/CheckManPage.cmake")
    find_program(DUPLEX_DESKTOP_FILE_VALIDATE desktop-file-validate)
    if(DUPLEX_DESKTOP_FILE_VALIDATE)
        add_test(NAME packaging_desktop_entry
                 COMMAND "${DUPLEX_DESKTOP_FILE_VALIDATE}"
                         "${DUPLEX_PACKAGING_DIR}/duplex.desktop")
    endif()
    find_program(DUPLEX_APPSTREAMCLI appstreamcli)
    if(DUPLEX_APPSTREAMCLI)
        add_test(NAME packaging_metainfo
                 COMMAND "${DUPLEX_APPSTREAMCLI}" validate --no-net
                         "${DUPLEX_PACKAGING_BINARY_DIR}/${DUPLEX_APPSTREAM_ID}.metainfo.xml")
    endif()
endif()

# --- The .deb: cpack -G DEB in the build directory (scripts/package.sh does it all).
set(CPACK_VERBATIM_VARIABLES ON) # the description's quotes reach the .deb as they are
set(CPACK_PACKAGE_NAME duplex)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Duplex developers")
set(CPACK_PACKAGE_CONTACT "${DUPLEX_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "WebSocket workbench: echo server, web page and client on one port")
# The extended description; CPack indents it and turns empty lines into " .".
set(CPACK_PACKAGE_DESCRIPTION
    "Duplex does in one native Qt 6 program what the classic Tornado WebSocket
tutorial does with a Python server, a web page and a Python client. One TCP
port (8888 by default) serves a web page at / and a WebSocket at /ws/ that
greets every client with \"Welcome!\" and answers each message upper-cased.

The window shows every connection, message and page request on the server
side, and its client side connects to any ws:// URL. \"duplex --headless\"
runs the server alone and logs to the terminal. Limits on message size and
connections and a check of the pages' origin are on by default, and the
server works behind nginx.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
# Directories 0755 whatever the umask of whoever runs cpack (lintian: non-standard-dir-perm).
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # duplex_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# The libraries duplex links come from dpkg-shlibdeps. It cannot see what Qt loads at run time:
#  - the package that holds Qt's SVG icon engine and image format plugins, without which the
#    window's icon and its toolbar icons (SVGs in resources/) stay blank: libqt6svg6 itself on
#    Debian 12, qt6-svg-plugins from Debian 13 on (asked of dpkg, for the Qt built against);
#  - qt6-qpa-plugins, further platform plugins (on Debian 12 libqt6gui6 itself holds xcb,
#    offscreen and minimal, and only recommends this package);
#  - the Qt version built against, exactly, when server/ builds on Qt's private QIODevicePrivate
#    (Qt6::CorePrivate), whose layout only holds for that very version: libqt6core6 provides
#    a virtual package for it, qt6-base-abi (= 6.4.2) on Debian 12 and qt6-base-private-abi
#    (= 6.8.2) on Debian 13; Debian's own packages that use Qt's private API depend on it.
#    Read from the installed libqt6core6 (or libqt6core6t64), so the .deb names what the
#    release it is built on has. (On Debian 13 dpkg-shlibdeps names it too, for the private
#    symbols the program happens to call; on Debian 12 it calls none, so it must be said.)
# Qt's own translations (standard buttons and dialogs in the chosen language) are recommended.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(duplex_svg_plugins libqt6svg6)
find_program(DUPLEX_DPKG_QUERY dpkg-query)
if(DUPLEX_DPKG_QUERY)
    execute_process(
        COMMAND "${DUPLEX_DPKG_QUERY}" -S
                "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}/iconengines/libqsvgicon.so"
        OUTPUT_VARIABLE duplex_svg_owner ERROR_QUIET)
    # "qt6-svg-plugins:amd64: /usr/lib/..."
    if(duplex_svg_owner MATCHES "^([a-z0-9.+-]+)[:,]")
        set(duplex_svg_plugins "${CMAKE_MATCH_1}")
    endif()
endif()
set(duplex_depends "${duplex_svg_plugins}, qt6-qpa-plugins")
get_property(duplex_uses_qt_private GLOBAL PROPERTY DUPLEX_USES_QT_PRIVATE)
if(duplex_uses_qt_private)
    if(DUPLEX_DPKG_QUERY)
        execute_process(COMMAND "${DUPLEX_DPKG_QUERY}" -W "-f=\${Provides}\n" "libqt6core6*"
                        OUTPUT_VARIABLE duplex_qtcore_provides ERROR_QUIET)
        string(REGEX MATCH "qt6-base(-private)?-abi \\(= ${Qt6Core_VERSION}\\)" duplex_qt_abi
               "${duplex_qtcore_provides}")
    endif()
    if(NOT duplex_qt_abi)
        set(duplex_qt_abi "qt6-base-abi (= ${Qt6Core_VERSION})")
        message(WARNING "No installed libqt6core6 says which virtual package pins Qt "
                        "${Qt6Core_VERSION}: the .deb depends on ${duplex_qt_abi}.")
    endif()
    string(APPEND duplex_depends ", ${duplex_qt_abi}")
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${duplex_depends}")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")

# Read by cpack itself (not at configure time): no .deb with a stale changelog or metainfo.
set(CPACK_DUPLEX_CHANGELOG_VERSION "${DUPLEX_CHANGELOG_VERSION}")
set(CPACK_DUPLEX_METAINFO_RELEASE "${DUPLEX_METAINFO_RELEASE}")
set(CPACK_PROJECT_CONFIG_FILE "${DUPLEX_PACKAGING_DIR}/CPackProjectConfig.cmake")

include(CPack)
