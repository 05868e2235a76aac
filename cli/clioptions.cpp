#include "clioptions.h"

#include "compare/lanespec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcessEnvironment>

namespace {
constexpr int kMaxRepeat = 32;

QString takeValue(const QStringList &args, qsizetype &i, const QString &flag, QString &error)
{
    const QString arg = args.at(i);
    const qsizetype eq = arg.indexOf(QLatin1Char('='));
    if (arg.startsWith(QLatin1String("--")) && eq > 0)
        return arg.mid(eq + 1);
    if (i + 1 >= args.size()) {
        error = CliParser::tr("%1 needs a value.").arg(flag);
        return {};
    }
    return args.at(++i);
}

bool flagIs(const QString &arg, QLatin1String flag)
{
    return arg == flag ||
           (arg.startsWith(flag) && arg.size() > flag.size() && arg.at(flag.size()) == QLatin1Char('='));
}
} // namespace

QString CliParser::apiKeyFromEnvironment()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LOQUAT_API_KEY", "VLLM_API_KEY", "OPENAI_API_KEY"}) {
        const QString value = env.value(QLatin1String(name));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

bool CliParser::parseParam(const QString &text, QString &name, QJsonValue &value)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    name = text.left(eq).trimmed();
    const QString raw = text.mid(eq + 1);
    // Wrapped in an array so that scalars (0.7, true, "x") parse as JSON too.
    QJsonParseError parseError;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + raw.toUtf8() + QByteArray("]"), &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isArray() && doc.array().size() == 1)
        value = doc.array().first();
    else
        value = raw;
    return !name.isEmpty();
}

QString CliParser::usage()
{
    return tr("Usage:\n"
              "  loquat-cli models [--url URL|--profile NAME] [--json]\n"
              "  loquat-cli chat [--url URL|--profile NAME] --model M [--system TEXT] [--param "
              "NAME=VALUE]... "
              "[--json]\n"
              "                  [--no-stream] [--image FILE|URL]... [--video FILE|URL]... [--audio "
              "FILE|URL]...\n"
              "                  [--max-image-edge PIXELS|off] [--save] [--conversation ID] PROMPT|-\n"
              "  loquat-cli conversations list [--json]\n"
              "  loquat-cli conversations export ID|--all [--format md|json] [--output FILE]\n"
              "  loquat-cli conversations import FILE\n"
              "  loquat-cli profiles list [--json] | add NAME --url URL [--model M] | remove NAME | set-key "
              "NAME\n"
              "  loquat-cli embed [--url URL|--profile NAME] --model M [--query Q] [--dimensions D] [--batch "
              "N]\n"
              "                   [--truncate[=TOKENS]] [--json] (TEXT... | --file F [--field NAME])\n"
              "  loquat-cli compare [--url URL|--profile NAME] --model M --lane SPEC [--lane SPEC]... "
              "[--repeat "
              "K]\n"
              "                  [--system TEXT] [--json] PROMPT|-\n"
              "\n"
              "--url defaults to $LOQUAT_URL, else http://localhost:8000/v1.\n"
              "--param takes vLLM's own field names (temperature, top_k, min_p, seed, stop, max_tokens, "
              "...);\n"
              "  values are read as JSON where they parse: --param temperature=0.2 --param "
              "stop='[\"\\n\\n\"]'.\n"
              "compare runs the lanes at once and prints each answer and a table of figures. A lane SPEC is\n"
              "  NAME=VALUE pairs separated by commas (temperature=1.0,top_p=0.9); model=M picks another "
              "model,\n"
              "  preset=NAME starts from a preset (Precise, Balanced, Creative or your own); '' is server "
              "defaults.\n"
              "  --repeat K runs every lane K times.\n"
              "--image, --video and --audio attach media (repeatable, sent in the order given, before the\n"
              "  prompt): a file is sent as a data: URL, an http(s) URL as a reference the server fetches.\n"
              "  Images larger than --max-image-edge (default 2048 px, 'off' to keep them) are scaled down.\n"
              "PROMPT '-' (or none) reads the prompt from standard input.\n"
              "embed prints the cosine-similarity matrix of the texts, or with --query the texts ranked\n"
              "  against the query, or with --json every vector; --file takes one text per line (.txt, '-'\n"
              "  for standard input), or the column/field --field of a .csv or .jsonl file.\n"
              "--profile NAME (instead of --url) uses one of the app's server profiles: its address, its\n"
              "  key from the OS keychain, its time-outs, headers and default model. set-key reads the key\n"
              "  from standard input (never the command line).\n"
              "Without a profile the API key comes from LOQUAT_API_KEY, else VLLM_API_KEY, else\n"
              "  OPENAI_API_KEY (which also override a profile's key for that run).\n"
              "LOQUAT_TIMEOUT (seconds) sets the first-byte and idle time-outs (default 180).\n"
              "\n"
              "History (shared with the app): chat --save keeps the question and the answer as a new\n"
              "conversation; --conversation ID continues one (its history, system prompt, params and model\n"
              "apply unless given). --data-dir DIR (or $LOQUAT_DATA_DIR) picks where it is kept.\n") +
           tr("\nA compare lane's profile=NAME runs that lane on another server profile: its address, its\n"
              "key from the OS keychain (never the environment's) and, unless model= is given, its default\n"
              "model. Lanes on different servers run at the same time; one that cannot reach its server\n"
              "fails alone. Example: --lane 'profile=Lab,model=M,temperature=0.2'\n");
}

bool CliParser::parse(const QStringList &arguments, CliOptions &options, QString &error, bool &helpShown)
{
    helpShown = false;
    const QStringList args = arguments.mid(1);
    QString url = QProcessEnvironment::systemEnvironment().value(QStringLiteral("LOQUAT_URL"),
                                                                 QStringLiteral("http://localhost:8000/v1"));
    options.urlSet = QProcessEnvironment::systemEnvironment().contains(QStringLiteral("LOQUAT_URL"));
    bool urlGiven = false; // --url itself (not $LOQUAT_URL)
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            helpShown = true;
            return true;
        } else if (flagIs(arg, QLatin1String("--url"))) {
            url = takeValue(args, i, QStringLiteral("--url"), error);
            options.urlSet = true;
            urlGiven = true;
        } else if (flagIs(arg, QLatin1String("--profile"))) {
            options.profile = takeValue(args, i, QStringLiteral("--profile"), error);
        } else if (flagIs(arg, QLatin1String("--model"))) {
            options.model = takeValue(args, i, QStringLiteral("--model"), error);
        } else if (flagIs(arg, QLatin1String("--system"))) {
            options.systemPrompt = takeValue(args, i, QStringLiteral("--system"), error);
            options.systemSet = true;
        } else if (flagIs(arg, QLatin1String("--data-dir"))) {
            options.dataDir = takeValue(args, i, QStringLiteral("--data-dir"), error);
        } else if (arg == QLatin1String("--save")) {
            options.save = true;
        } else if (flagIs(arg, QLatin1String("--conversation"))) {
            const QString id = takeValue(args, i, QStringLiteral("--conversation"), error);
            bool ok = false;
            options.conversationId = id.toLongLong(&ok);
            if (error.isEmpty() && (!ok || options.conversationId <= 0))
                error = tr(
                    "--conversation takes a conversation's ID (loquat-cli conversations list shows them).");
            options.save = true;
        } else if (arg == QLatin1String("--all")) {
            options.all = true;
        } else if (flagIs(arg, QLatin1String("--format"))) {
            options.format = takeValue(args, i, QStringLiteral("--format"), error);
            if (error.isEmpty() && options.format != QLatin1String("md") &&
                options.format != QLatin1String("json"))
                error = tr("--format takes md or json.");
        } else if (flagIs(arg, QLatin1String("--output"))) {
            options.output = takeValue(args, i, QStringLiteral("--output"), error);
        } else if (flagIs(arg, QLatin1String("--param"))) {
            const QString text = takeValue(args, i, QStringLiteral("--param"), error);
            QString name;
            QJsonValue value;
            if (error.isEmpty() && !parseParam(text, name, value))
                error = tr("--param takes NAME=VALUE, got \"%1\".").arg(text);
            else
                options.params.insert(name, value);
        } else if (flagIs(arg, QLatin1String("--lane"))) {
            const QString lane = takeValue(args, i, QStringLiteral("--lane"), error);
            if (error.isEmpty())
                options.lanes.append(lane);
        } else if (flagIs(arg, QLatin1String("--repeat"))) {
            const QString text = takeValue(args, i, QStringLiteral("--repeat"), error);
            bool ok = false;
            options.repeat = text.toInt(&ok);
            if (error.isEmpty() && (!ok || options.repeat < 1 || options.repeat > kMaxRepeat))
                error = tr("--repeat takes a number from 1 to %1, got \"%2\".").arg(kMaxRepeat).arg(text);
        } else if (flagIs(arg, QLatin1String("--image")) || flagIs(arg, QLatin1String("--video")) ||
                   flagIs(arg, QLatin1String("--audio"))) {
            const QString flag = arg.section(QLatin1Char('='), 0, 0);
            const MediaKind kind = flag == QLatin1String("--image")   ? MediaKind::Image
                                   : flag == QLatin1String("--video") ? MediaKind::Video
                                                                      : MediaKind::Audio;
            const QString source = takeValue(args, i, flag, error);
            if (error.isEmpty())
                options.media.append({kind, source});
        } else if (flagIs(arg, QLatin1String("--max-image-edge"))) {
            const QString text = takeValue(args, i, QStringLiteral("--max-image-edge"), error);
            if (error.isEmpty() && !MediaLimits::parseEdge(text, &options.limits.maxImageEdge))
                error = tr("--max-image-edge takes a number of pixels or \"off\", got \"%1\".").arg(text);
        } else if (flagIs(arg, QLatin1String("--query"))) {
            options.query = takeValue(args, i, QStringLiteral("--query"), error);
        } else if (flagIs(arg, QLatin1String("--file"))) {
            options.file = takeValue(args, i, QStringLiteral("--file"), error);
        } else if (flagIs(arg, QLatin1String("--field"))) {
            options.field = takeValue(args, i, QStringLiteral("--field"), error);
        } else if (flagIs(arg, QLatin1String("--dimensions"))) {
            const QString value = takeValue(args, i, QStringLiteral("--dimensions"), error);
            bool ok = false;
            options.dimensions = value.toInt(&ok);
            if (error.isEmpty() && (!ok || options.dimensions < 1))
                error = tr("--dimensions takes a positive number, got \"%1\".").arg(value);
        } else if (flagIs(arg, QLatin1String("--batch"))) {
            const QString value = takeValue(args, i, QStringLiteral("--batch"), error);
            bool ok = false;
            options.batchSize = value.toInt(&ok);
            if (error.isEmpty() && (!ok || options.batchSize < 1))
                error = tr("--batch takes a positive number, got \"%1\".").arg(value);
        } else if (arg == QLatin1String("--truncate")) {
            options.truncate = true;
        } else if (arg.startsWith(QLatin1String("--truncate="))) {
            options.truncate = true;
            bool ok = false;
            options.truncateTokens = arg.mid(int(qstrlen("--truncate="))).toInt(&ok);
            if (!ok || options.truncateTokens < 1)
                error = tr("--truncate takes a number of tokens, got \"%1\".")
                            .arg(arg.mid(int(qstrlen("--truncate="))));
        } else if (arg == QLatin1String("--json")) {
            options.json = true;
        } else if (arg == QLatin1String("--no-stream")) {
            options.stream = false;
        } else if (flagIs(arg, QLatin1String("--api-key"))) {
            error = tr("The API key is never taken from the command line; set LOQUAT_API_KEY instead.");
        } else if (arg.startsWith(QLatin1String("--"))) {
            error = tr("Unknown option %1.").arg(arg);
        } else {
            positional.append(arg);
        }
        if (!error.isEmpty())
            return false;
    }

    if (positional.isEmpty()) {
        error = tr("Name a command: models, chat, compare, conversations, embed or profiles.");
        return false;
    }
    options.command = positional.takeFirst();
    if (options.command == QLatin1String("profiles"))
        return parseProfiles(positional, url, urlGiven, options, error);
    if (!options.profile.isEmpty() && urlGiven) {
        error = tr("Give --profile or --url, not both.");
        return false;
    }
    if (options.command == QLatin1String("conversations"))
        return parseConversations(positional, options, error);
    if (options.command != QLatin1String("models") && options.command != QLatin1String("chat") &&
        options.command != QLatin1String("compare") && options.command != QLatin1String("embed")) {
        error = tr("Unknown command \"%1\": use models, chat, compare, conversations, embed or profiles.")
                    .arg(options.command);
        return false;
    }

    options.server.baseUrl = ServerConfig::normalizeBaseUrl(url);
    if (options.server.baseUrl.isEmpty()) {
        error = tr("\"%1\" is not a server address (try http://localhost:8000/v1).").arg(url);
        return false;
    }
    options.server.apiKey = apiKeyFromEnvironment();
    options.server.applyEnvironment();

    if (options.command == QLatin1String("compare") && options.lanes.isEmpty()) {
        error = tr("compare needs at least one --lane (e.g. --lane temperature=0.2 --lane temperature=1.0).");
        return false;
    }
    if (options.command != QLatin1String("compare") && (!options.lanes.isEmpty() || options.repeat != 1)) {
        error = tr("--lane and --repeat belong to compare.");
        return false;
    }
    if (options.command == QLatin1String("chat") || options.command == QLatin1String("compare")) {
        // A continued conversation brings its own model, and a profile its default one (checked
        // once the profile is read).
        // Compare lanes that all name their model or profile need no --model.
        bool lanesNameModels = options.command == QLatin1String("compare");
        for (const QString &lane : options.lanes) {
            lanesNameModels =
                lanesNameModels && (!LaneSpec::valueIn(lane, QStringLiteral("model")).isEmpty() ||
                                    !LaneSpec::valueIn(lane, QStringLiteral("profile")).isEmpty());
        }
        if (options.model.isEmpty() && options.profile.isEmpty() && !lanesNameModels &&
            (options.command == QLatin1String("compare") || options.conversationId == 0)) {
            error = tr("%1 needs --model (loquat-cli models lists them).").arg(options.command);
            return false;
        }
        if (positional.size() > 1) {
            error = tr("Give the prompt as one argument (quote it).");
            return false;
        }
        options.prompt = positional.value(0, QStringLiteral("-"));
    } else if (options.command == QLatin1String("embed")) {
        if (options.model.isEmpty() && options.profile.isEmpty()) {
            error = tr("embed needs --model (loquat-cli models lists them).");
            return false;
        }
        if (options.file.isEmpty() == positional.isEmpty()) {
            error = positional.isEmpty() ? tr("embed needs texts: give them as arguments or with --file.")
                                         : tr("Give the texts either as arguments or with --file, not both.");
            return false;
        }
        options.texts = positional;
    } else if (!positional.isEmpty()) {
        error = tr("models takes no arguments.");
        return false;
    }
    return true;
}

bool CliParser::parseProfiles(const QStringList &positional, const QString &url, bool urlGiven,
                              CliOptions &options, QString &error)
{
    options.subcommand = positional.value(0);
    const QStringList rest = positional.mid(1);
    const bool named = options.subcommand == QLatin1String("add") ||
                       options.subcommand == QLatin1String("remove") ||
                       options.subcommand == QLatin1String("set-key");
    if (options.subcommand == QLatin1String("list")) {
        if (!rest.isEmpty())
            error = tr("profiles list takes no arguments.");
    } else if (named) {
        if (rest.size() != 1 || rest.first().trimmed().isEmpty())
            error = tr("profiles %1 takes the profile's name (quote it if it has spaces).")
                        .arg(options.subcommand);
        else
            options.target = rest.first().trimmed();
    } else {
        error = options.subcommand.isEmpty()
                    ? tr("profiles needs list, add, remove or set-key.")
                    : tr("Unknown profiles command \"%1\": use list, add, remove or set-key.")
                          .arg(options.subcommand);
    }
    if (error.isEmpty() && options.subcommand == QLatin1String("add")) {
        options.server.baseUrl = ServerConfig::normalizeBaseUrl(url);
        if (!urlGiven)
            error = tr("profiles add needs --url (the server's address, e.g. http://gpu-box:8000/v1).");
        else if (options.server.baseUrl.isEmpty())
            error = tr("\"%1\" is not a server address (try http://localhost:8000/v1).").arg(url);
    } else if (error.isEmpty() && (urlGiven || !options.model.isEmpty() || !options.profile.isEmpty())) {
        error = tr("--url and --model belong to profiles add; profiles takes no --profile.");
    }
    return error.isEmpty();
}

bool CliParser::parseConversations(const QStringList &positional, CliOptions &options, QString &error)
{
    options.subcommand = positional.value(0);
    const QStringList rest = positional.mid(1);
    if (options.subcommand == QLatin1String("list")) {
        if (!rest.isEmpty())
            error = tr("conversations list takes no arguments.");
    } else if (options.subcommand == QLatin1String("export")) {
        if (options.all == !rest.isEmpty() || rest.size() > 1)
            error = tr("conversations export takes one conversation's ID, or --all.");
        else if (!options.all) {
            bool ok = false;
            options.conversationId = rest.first().toLongLong(&ok);
            if (!ok || options.conversationId <= 0)
                error = tr("\"%1\" is not a conversation ID (loquat-cli conversations list shows them).")
                            .arg(rest.first());
        }
    } else if (options.subcommand == QLatin1String("import")) {
        if (rest.size() != 1)
            error = tr("conversations import takes one file.");
        else
            options.target = rest.first();
    } else {
        error = options.subcommand.isEmpty()
                    ? tr("conversations needs list, export or import.")
                    : tr("Unknown conversations command \"%1\": use list, export or import.")
                          .arg(options.subcommand);
    }
    return error.isEmpty();
}
