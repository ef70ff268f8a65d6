# What an installation holds besides the library (man pages, shell
# completion, the spin-repair data, the service files) and the Debian
# package made of it with CPack (scripts/package).
#
# Two install components:
#   (default)  programs, library, headers, CMake package, pkg-config file,
#              lexicon data, man pages, bash completion; relative to the
#              install prefix, so `cmake --install --prefix DIR` stays in DIR
#   service    the systemd unit and /etc/dramasearch/drama-serve.conf, at
#              absolute paths: only the package installs them

set(DRAMASEARCH_DIST ${PROJECT_SOURCE_DIR}/dist)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/corpus/lexicon/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/dramasearch/lexicon)
install(FILES ${DRAMASEARCH_DIST}/drama-serve.conf
        DESTINATION ${CMAKE_INSTALL_DATADIR}/dramasearch/examples)
install(FILES ${DRAMASEARCH_DIST}/bash-completion/drama-index
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
foreach(tool drama-query drama-serve)  # one script completes all three programs
  install(FILES ${DRAMASEARCH_DIST}/bash-completion/drama-index
          DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME ${tool})
endforeach()

# Man pages, made from --help and --version by help2man when it is installed.
find_program(HELP2MAN help2man)
if(HELP2MAN)
  set(DRAMASEARCH_MAN_NAME_drama-index "index drama news articles for dramasearch")
  set(DRAMASEARCH_MAN_NAME_drama-query "search a dramasearch index of drama news")
  set(DRAMASEARCH_MAN_NAME_drama-serve "HTTP search page and JSON API over a dramasearch index")
  set(man_pages)
  foreach(tool drama-index drama-query drama-serve)
    set(page ${CMAKE_BINARY_DIR}/man/${tool}.1)
    add_custom_command(
      OUTPUT ${page}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
      COMMAND ${HELP2MAN} --no-info --section=1 --source=dramasearch
              "--name=${DRAMASEARCH_MAN_NAME_${tool}}"
              --include=${DRAMASEARCH_DIST}/man/${tool}.h2m
              --output=${page} $<TARGET_FILE:${tool}>
      DEPENDS ${tool} ${DRAMASEARCH_DIST}/man/${tool}.h2m
      COMMENT "Man page ${tool}.1"
      VERBATIM)
    list(APPEND man_pages ${page})
  endforeach()
  add_custom_target(man-pages ALL DEPENDS ${man_pages})
  install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(STATUS "help2man not found: no man pages (apt-get install help2man)")
endif()

# The service: a unit that runs /usr/bin/drama-serve with /etc's config.
set(DRAMASEARCH_PACKAGE_PREFIX /usr)
configure_file(${DRAMASEARCH_DIST}/drama-serve.service.in ${CMAKE_BINARY_DIR}/dist/drama-serve.service @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/dist/drama-serve.service
        DESTINATION /lib/systemd/system COMPONENT service EXCLUDE_FROM_ALL)
install(FILES ${DRAMASEARCH_DIST}/drama-serve.conf
        DESTINATION /etc/dramasearch COMPONENT service EXCLUDE_FROM_ALL)
# Read replicas: the master's xapian-replicate-server and a replica per
# database, both configured in /etc/dramasearch/replication.conf (xapian-tools
# is suggested: they run its programs).
install(FILES ${DRAMASEARCH_DIST}/drama-replicate-server.service ${DRAMASEARCH_DIST}/drama-replica@.service
        DESTINATION /lib/systemd/system COMPONENT service EXCLUDE_FROM_ALL)
install(FILES ${DRAMASEARCH_DIST}/replication.conf
        DESTINATION /etc/dramasearch COMPONENT service EXCLUDE_FROM_ALL)
install(FILES ${PROJECT_SOURCE_DIR}/docs/replicas.md ${PROJECT_SOURCE_DIR}/docs/service.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
file(WRITE ${CMAKE_BINARY_DIR}/dist/conffiles "/etc/dramasearch/drama-serve.conf\n/etc/dramasearch/replication.conf\n")

# The Debian package: one .deb with both components, dependencies from the
# shared libraries the programs link (dpkg-shlibdeps).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME dramasearch)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "dramasearch maintainers <dramasearch@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "full-text search for spun drama news (library, tools, HTTP server)")
set(CPACK_PACKAGE_DESCRIPTION
    "dramasearch repairs synonym-spun drama news before indexing it with Xapian and ranks passages about cast and scenes. Programs drama-index, drama-query and drama-serve (with a systemd unit), the C++ library with headers, CMake package and pkg-config file.")
set(CPACK_PACKAGING_INSTALL_PREFIX ${DRAMASEARCH_PACKAGE_PREFIX})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Programs without their debug information (the static library keeps its
# symbols: CMake does not strip archives); a 6x smaller, faster-made package.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The library is static: a program built against it links the libraries
# it uses, so their development packages come along unless declined.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "libxapian-dev, libicu-dev, libxml2-dev, nlohmann-json3-dev, pkg-config, cmake, g++, libsphinxbase-dev, pocketsphinx-en-us, mythes-en-us, wordnet-base")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "xapian-tools")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_BINARY_DIR}/dist/conffiles)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_COMPONENTS_ALL Unspecified service)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR})
include(CPack)
