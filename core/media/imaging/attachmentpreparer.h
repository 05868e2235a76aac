#pragma once

#include "media/attachment.h"
#include "media/medialimits.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QUrl>

#include <optional>

class AttachmentStore;

// Everything between "the user picked a file" and "it is ready to send", run on a worker thread
// (it blocks on disk and on image decoding): open, check it is what its name says, check the
// size limit, prepare images (ImagePreparer), hash and store the bytes. Every refusal is one
// sentence naming the file.
class AttachmentPreparer final {
    Q_DECLARE_TR_FUNCTIONS(AttachmentPreparer)

public:
    struct Options {
        MediaLimits limits;
        const AttachmentStore *store = nullptr; // required
        // False: bytes sent unchanged stay where they are (the CLI); only re-encoded images are
        // stored. True: everything is copied in, so the conversation keeps it (the app).
        bool storeOriginals = true;
        int thumbnailEdge = 0; // images: also make a thumbnail this large (0: none)
    };

    struct Result {
        bool ok = false;
        QString error; // the refusal, naming the file
        Attachment attachment;
        QImage thumbnail;
    };

    static Result prepareFile(const QString &path, const Options &options);
    // A pasted image (no file behind it): stored as PNG, named `name`.
    static Result prepareImage(const QImage &image, const QString &name, const Options &options);
    // A web reference the server fetches; `kind` from the caller, or guessed from the URL's path.
    static Result prepareUrl(const QUrl &url, std::optional<MediaKind> kind = std::nullopt);

    // "12.3 MB", as the limits are written.
    static QString formatBytes(qint64 bytes);
};
