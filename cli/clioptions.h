#pragma once

#include "api/serverconfig.h"
#include "media/medialimits.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What the command line asked for, after parsing and validation.
struct CliOptions {
    QString command; // "models", "chat" or "compare"
    ServerConfig server;
    QString model;
    QString systemPrompt;
    QJsonObject params; // --param NAME=VALUE, values parsed as JSON where they parse
    QString prompt;
    bool json = false;
    bool stream = true;
    QStringList lanes; // compare: --lane NAME=VALUE,NAME=VALUE (model= and preset= too)
    int repeat = 1;    // compare: --repeat K
    // --image/--video/--audio FILE|URL, in the order given: sent before the prompt.
    struct Media {
        MediaKind kind;
        QString source;
    };
    QList<Media> media;
    MediaLimits limits; // --max-image-edge
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
};
