#pragma once

#include "api/serverconfig.h"
#include "media/medialimits.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What the command line asked for, after parsing and validation.
struct CliOptions {
    QString command; // "models", "chat", "conversations", "embed", "compare" or "profiles"
    QString profile; // --profile NAME: the app's server profile (address, key, model) to use
    ServerConfig server;
    QString model;
    QString systemPrompt;
    QJsonObject params; // --param NAME=VALUE, values parsed as JSON where they parse
    QString prompt;
    bool json = false;
    bool stream = true;
    QStringList lanes; // compare: --lane NAME=VALUE,NAME=VALUE (model=, preset= and profile= too)
    // compare: the server of each profile a lane names (profile=NAME), by the name in lower case;
    // filled by CliProfiles::resolveLaneProfiles() before the run.
    struct LaneServer {
        ServerConfig server;
        QString defaultModel;
        QString problem; // its key could not be read: the lane fails alone with this
    };
    QHash<QString, LaneServer> laneServers;
    int repeat = 1; // compare: --repeat K
    // --image/--video/--audio FILE|URL, in the order given: sent before the prompt.
    struct Media {
        MediaKind kind;
        QString source;
    };
    QList<Media> media;
    MediaLimits limits; // --max-image-edge

    // The history, shared with the app (see DataDir).
    QString dataDir;           // --data-dir; empty: $LOQUAT_DATA_DIR or the platform's folder
    bool save = false;         // chat --save: the question and the answer go into the history
    qint64 conversationId = 0; // chat --conversation ID: continue that conversation (implies --save)
    QString subcommand;        // conversations list|export|import; profiles list|add|remove|set-key
    QString target;            // import: the file; profiles: the profile's name
    bool all = false;          // export --all
    QString format = QStringLiteral("md"); // export --format md|json
    QString output;                        // export --output FILE (else standard output)
    bool systemSet = false;                // --system was given (else a continued conversation keeps its own)
    bool urlSet = false; // --url or $LOQUAT_URL (else a continued conversation keeps its server)
    // embed: the texts (positional, or read from --file: one per line, or a CSV column / JSONL
    // field named by --field), an optional query to rank them against, and the request's options.
    QStringList texts;
    QString file;
    QString field;
    QString query;
    int dimensions = 0;
    int batchSize = 32;
    bool truncate = false;
    int truncateTokens = -1;
};

// Parses argv for loquat-cli. On failure `error` holds a one-line message for stderr.
class CliParser final {
    Q_DECLARE_TR_FUNCTIONS(CliParser)

public:
    static bool parse(const QStringList &arguments, CliOptions &options, QString &error, bool &helpShown);
    // The API key from the environment: LOQUAT_API_KEY, else VLLM_API_KEY, else OPENAI_API_KEY.
    // Never a flag: argv is visible to every user of the machine.
    static QString apiKeyFromEnvironment();
    // NAME=VALUE with VALUE read as JSON when it parses (0.7, true, ["a","b"], {"x":1}), else a string.
    static bool parseParam(const QString &text, QString &name, QJsonValue &value);
    static QString usage();

private:
    static bool parseConversations(const QStringList &positional, CliOptions &options, QString &error);
    static bool parseProfiles(const QStringList &positional, const QString &url, bool urlGiven,
                              CliOptions &options, QString &error);
};
