// libFuzzer target: importing a conversation file (ConversationExport::fromJson: our own exports,
// OpenAI request bodies, bare messages arrays) and storing what it gives in a real SQLite store.
// Checked: a file that is refused says why; what is read exports to a file that reads back to
// the same export byte for byte; every message of an imported conversation is stored (none lost
// to a missing parent, a cycle or a duplicate id), and its branch can be read.
#include "fuzzcheck.h"
#include "store/conversationexport.h"
#include "store/conversationstore.h"

#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>

namespace {

// One store for the whole run, emptied after every input. On /dev/shm when there is one: the
// store syncs every transaction, and the disk is not what is being tested. The store is never
// destroyed: at exit, Qt Sql's own statics may already be gone (the directory still goes).
ConversationStore &store()
{
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/loquat-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/loquat-fuzz-XXXXXX"));
    static ConversationStore *instance = [] {
        auto *opened = new ConversationStore(dir.filePath(QStringLiteral("conversations.db")));
        StoreDatabase::Options options;
        options.checkIntegrity = false;
        opened->open(options);
        FUZZ_CHECK(opened->isWritable());
        return opened;
    }();
    return *instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const QList<ConversationExport::Conversation> conversations =
        ConversationExport::fromJson(Fuzz::bytes(data, size).toByteArray(), &error);
    if (conversations.isEmpty()) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }

    // Export, import the export, export again: the same bytes.
    const QByteArray exported = ConversationExport::toJsonFile(conversations);
    QString againError;
    const QList<ConversationExport::Conversation> again = ConversationExport::fromJson(exported, &againError);
    FUZZ_CHECK(again.size() == conversations.size());
    FUZZ_CHECK(ConversationExport::toJsonFile(again) == exported);
    for (const ConversationExport::Conversation &c : conversations) {
        const QList<Message> branch = ConversationExport::activeBranch(c.messages);
        FUZZ_CHECK(branch.size() <= c.messages.size());
        (void)ConversationExport::toMarkdown(c.info, branch);
    }

    ConversationStore &db = store();
    const QList<ConversationInfo> imported = ConversationExport::import(db, conversations);
    FUZZ_CHECK(imported.size() == conversations.size());
    for (qsizetype i = 0; i < imported.size(); ++i) {
        const QString &uid = imported.at(i).uid;
        FUZZ_CHECK(db.tree(uid).size() == conversations.at(i).messages.size());
        FUZZ_CHECK(db.branch(uid).size() <= conversations.at(i).messages.size());
        FUZZ_CHECK(db.remove(uid));
    }
    db.purgeDeleted(QDateTime::currentDateTimeUtc().addDays(1));
    return 0;
}
