#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class ConversationStore;

// A Markdown export with its attachments: <name>.md, and beside it a folder <name>_files/ holding
// a copy of every attached file, linked from the transcript with relative paths (images shown
// inline as ![](…), video and audio as links), so the folder can be moved or shared whole.
// Files of the same name but other content are numbered ("photo (2).png"); the same file
// attached twice is written once. A file gone from the attachment store (or unreadable) is named
// in the transcript with a note, and the export still completes. Everything is written through
// QSaveFile: when a write fails (a full disk) the files this export wrote are removed again, any
// earlier .md is left as it was, and the error says so — nothing half-written is claimed as done.
// Touches the disk: run it on the store's thread.
class MarkdownExport final {
    Q_DECLARE_TR_FUNCTIONS(MarkdownExport)

public:
    struct Result {
        bool ok = false;
        QString error;        // one sentence, when not ok
        int filesWritten = 0; // attachments copied beside the .md
        QStringList missing;  // names of attachments that could not be copied (noted in the .md)
    };

    // The conversations `uids` (every one when empty) to `path`.
    static Result write(ConversationStore &store, const QStringList &uids, const QString &path);
    // The folder beside `path` that holds its attachments: "notes.md" → "notes_files".
    static QString filesFolderName(const QString &path);
    // The result in one sentence for a status line ("Exported to F with 3 attachments in D.").
    static QString summary(const Result &result, const QString &path);
};
