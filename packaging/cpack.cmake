# `cpack` in the build directory makes a Debian package and a tarball of the installed tree:
#     cmake --build build && (cd build && cpack)
# The .deb's Depends come from dpkg-shlibdeps (the shared libraries the binaries link), plus the
# Qt plugins Loquat loads at run time, which no linker sees. tools/test-package.sh installs the
# .deb into a freshly bootstrapped Debian root and runs it there (CI does this).
set(CPACK_PACKAGE_NAME loquat)
set(CPACK_PACKAGE_VENDOR "The Loquat developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Native desktop client for vLLM servers")
set(CPACK_PACKAGE_DESCRIPTION
    "Loquat chats with models served by vLLM (and llama.cpp's server): streaming Markdown answers,\n"
    "reasoning, a searchable conversation history, attachments for multimodal models,\n"
    "side-by-side comparison and an embeddings panel. API keys stay in the system keychain.\n"
    "Includes loquat-cli, a command-line client, and loquat-sim, a vLLM simulator.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY loquat)
set(CPACK_RESOURCE_FILE_README ${CMAKE_SOURCE_DIR}/README.md)
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_SOURCE_GENERATOR "") # packages of the build, not of the sources
set(CPACK_STRIP_FILES ON)      # RelWithDebInfo binaries are mostly debug information
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_THREADS 0)

# The archive unpacks into loquat-<version>-Linux/{bin,share}; the app finds its translations
# relative to its own directory, so it runs from wherever the archive is unpacked.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

# Debian: a maintainer field is mandatory; override with -DLOQUAT_PACKAGE_MAINTAINER="Name <mail>".
set(LOQUAT_PACKAGE_MAINTAINER "The Loquat developers <loquat@invalid>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${LOQUAT_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so dpkg-shlibdeps cannot see them: the SQLite driver (the conversation
# history) and the image-format plugins (WebP and other attachments).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-image-formats-plugins")
# Wanted on a normal desktop, but the app runs without them: a Secret Service for the API keys,
# GStreamer decoders for previewing video and audio attachments, the desktop's platform theme and
# native Wayland, and Qt's own translations (standard dialogs).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, gstreamer1.0-plugins-good, gstreamer1.0-libav, qt6-qpa-plugins, qt6-wayland, qt6-translations-l10n")

include(CPack)
