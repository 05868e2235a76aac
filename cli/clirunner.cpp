#include "clirunner.h"

#include "clihistory.h"

#include "api/chatstream.h"
#include "api/vllmclient.h"
#include "compare/compareexport.h"
#include "compare/comparerun.h"
#include "compare/sweep.h"
#include "embedcommand.h"
#include "media/attachmentstore.h"
#include "media/imaging/attachmentpreparer.h"
#include "sampling/presetstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

void writeOut(FILE *stream, QStringView text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

constexpr int kMaxCliLanes = 32;

QJsonValue orNull(qint64 value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue();
}

QJsonObject choiceToJson(const ChoiceState &choice)
{
    QJsonArray calls;
    for (const ToolCall &call : choice.toolCalls) {
        calls.append(QJsonObject{
            {QStringLiteral("id"), call.id},
            {QStringLiteral("type"), call.type.isEmpty() ? QStringLiteral("function") : call.type},
            {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), call.name},
                                                     {QStringLiteral("arguments"), call.arguments}}}});
    }
    return QJsonObject{
        {QStringLiteral("index"), choice.index},
        {QStringLiteral("content"), choice.content},
        {QStringLiteral("reasoning"),
         choice.reasoning.isEmpty() ? QJsonValue() : QJsonValue(choice.reasoning)},
        {QStringLiteral("tool_calls"), calls},
        {QStringLiteral("finish_reason"),
         choice.finishReason.isEmpty() ? QJsonValue() : QJsonValue(choice.finishReason)},
        {QStringLiteral("stop_reason"), choice.stopReason},
    };
}

} // namespace

CliRunner::CliRunner(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new VllmClient(m_network, this))
{
    m_client->setServer(m_options.server);
}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    if (m_options.command == QLatin1String("models")) {
        runModels();
    } else if (m_options.command == QLatin1String("conversations")) {
        finish(CliHistory(m_options).runConversations());
    } else if (m_options.command == QLatin1String("embed")) {
        m_embed = new EmbedCommand(m_options, m_client, this);
        connect(m_embed, &EmbedCommand::done, this, &CliRunner::finish);
        m_embed->start();
    } else if (m_options.command == QLatin1String("compare")) {
        runCompare();
    } else {
        runChat();
    }
}

void CliRunner::interrupt()
{
    m_interrupted = true;
    if (m_embed) {
        m_embed->interrupt();
        return;
    }
    if (m_compare && m_compare->isRunning())
        m_compare->stopAll();
    else if (m_stream && m_stream->isActive())
        m_stream->cancel();
    else
        finish(130);
}

void CliRunner::runModels()
{
    m_client->fetchModels(this, [this](const ModelList &models, const ApiError &error) {
        if (error.isError()) {
            writeOut(stderr,
                     QString(QStringLiteral("loquat-cli: ") + error.userMessage() + QLatin1Char('\n')));
            finish(1);
            return;
        }
        if (m_options.json) {
            QJsonArray list;
            for (const ModelInfo &m : models) {
                list.append(QJsonObject{
                    {QStringLiteral("id"), m.id},
                    {QStringLiteral("root"), m.root},
                    {QStringLiteral("parent"), m.parent.isEmpty() ? QJsonValue() : QJsonValue(m.parent)},
                    {QStringLiteral("owned_by"), m.ownedBy},
                    {QStringLiteral("max_model_len"), orNull(m.maxModelLen)}});
            }
            writeOut(stdout, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        } else {
            QString out;
            for (const ModelInfo &m : models) {
                out += m.id;
                if (m.maxModelLen >= 0)
                    out += QLatin1Char('\t') + tr("%1 tokens").arg(m.maxModelLen);
                if (!m.parent.isEmpty())
                    out += QLatin1Char('\t') + tr("adapter of %1").arg(m.parent);
                out += QLatin1Char('\n');
            }
            writeOut(stdout, out);
        }
        finish(0);
    });
}

bool CliRunner::readPrompt(QString &prompt, bool requireText)
{
    prompt = m_options.prompt;
    if (prompt == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            writeOut(stderr, tr("loquat-cli: could not read the prompt from standard input.\n"));
            finish(2);
            return false;
        }
        prompt = QString::fromUtf8(in.readAll());
    }
    if (requireText && prompt.trimmed().isEmpty()) {
        writeOut(stderr, tr("loquat-cli: the prompt is empty.\n"));
        finish(2);
        return false;
    }
    return true;
}

void CliRunner::runCompare()
{
    // Every lane is checked before anything is sent: a typo fails the command, not one lane.
    const PresetStore presets;
    QList<LaneSpec> lanes;
    for (qsizetype i = 0; i < m_options.lanes.size(); ++i) {
        LaneSpec lane;
        QString error;
        if (!LaneSpec::fromText(m_options.lanes.at(i), &presets, &lane, &error)) {
            writeOut(stderr,
                     tr("loquat-cli: lane %1 (\"%2\"): %3\n").arg(i + 1).arg(m_options.lanes.at(i), error));
            finish(2);
            return;
        }
        if (!lane.serverName.isEmpty()) {
            // profile=NAME: resolved before the run (CliProfiles::resolveLaneProfiles).
            const auto it = m_options.laneServers.constFind(lane.serverName.toLower());
            if (it == m_options.laneServers.cend()) {
                writeOut(stderr, tr("loquat-cli: lane %1: the profile \"%2\" was not read.\n")
                                     .arg(i + 1)
                                     .arg(lane.serverName));
                finish(2);
                return;
            }
            lane.hasServer = true;
            lane.server = it->server;
            lane.serverName = it->server.profileName.isEmpty() ? lane.serverName : it->server.profileName;
            lane.unavailable = it->problem.isEmpty()
                                   ? QString()
                                   : tr("the API key of the profile \"%1\" could not be read: %2")
                                         .arg(lane.serverName, it->problem);
            if (lane.model.isEmpty())
                lane.model = it->defaultModel;
        }
        lanes.append(lane);
    }
    lanes = Sweep::repeat(lanes, m_options.repeat);
    if (lanes.size() > kMaxCliLanes) {
        writeOut(stderr, tr("loquat-cli: %1 lanes asked for; at most %2 run at once.\n")
                             .arg(lanes.size())
                             .arg(kMaxCliLanes));
        finish(2);
        return;
    }
    QString prompt;
    if (!readPrompt(prompt, true))
        return;
    m_compare = new CompareRun(this);
    m_compare->setDefaultServer(m_options.server);
    m_compare->setDefaultModel(m_options.model);
    if (!m_options.systemPrompt.isEmpty())
        m_compare->setHistory({ChatMessage{QStringLiteral("system"), m_options.systemPrompt, {}, {}, {}}});
    connect(m_compare, &CompareRun::finished, this, &CliRunner::onCompareFinished);
    if (!m_options.json) {
        connect(m_compare, &CompareRun::laneFinished, this, [this](int lane) {
            writeOut(stderr, tr("loquat-cli: lane %1 done (%2)\n")
                                 .arg(lane + 1)
                                 .arg(CompareExport::stateText(*m_compare, lane)));
        });
    }
    m_compare->start(prompt, lanes);
}

void CliRunner::onCompareFinished()
{
    const CompareRun &run = *m_compare;
    bool anyFailed = false;
    for (int i = 0; i < run.laneCount(); ++i)
        anyFailed = anyFailed || run.answer(i).state != MessageState::Complete;
    if (m_options.json) {
        writeOut(stdout, QString::fromUtf8(
                             QJsonDocument(CompareExport::toJson(run)).toJson(QJsonDocument::Indented)));
    } else {
        QString out;
        for (int i = 0; i < run.laneCount(); ++i) {
            const Message &m = run.answer(i);
            out += QStringLiteral("=== %1 %2: %3 ===\n").arg(tr("Lane")).arg(i + 1).arg(run.lane(i).label());
            if (m.state == MessageState::Failed)
                out += tr("(failed) %1\n").arg(m.errorText);
            out += m.content;
            if (!m.content.endsWith(QLatin1Char('\n')))
                out += QLatin1Char('\n');
            out += QLatin1Char('\n');
        }
        // The figures as a plain table, columns padded to their widest cell.
        QList<QStringList> rows{{QStringLiteral("#"), tr("lane"), QStringLiteral("TTFT"),
                                 QStringLiteral("tok/s"), tr("prompt"), tr("completion"), tr("wall"),
                                 tr("finish")}};
        for (int i = 0; i < run.laneCount(); ++i) {
            QStringList row{QString::number(i + 1), run.lane(i).label()};
            for (const QString &figure : CompareExport::figuresRow(run, i).split(QStringLiteral(" | ")))
                row.append(figure);
            row.append(CompareExport::stateText(run, i));
            rows.append(row);
        }
        QList<qsizetype> widths(rows.first().size(), 0);
        for (const QStringList &row : rows) {
            for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
                widths[c] = std::max(widths[c], std::min<qsizetype>(row.at(c).size(), 60));
        }
        for (const QStringList &row : rows) {
            QString line;
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QString text =
                    row.at(c).size() > 60 ? row.at(c).left(59) + QStringLiteral("…") : row.at(c);
                line += c + 1 < row.size() ? text.leftJustified(widths.value(c) + 2) : text;
            }
            out += line + QLatin1Char('\n');
        }
        writeOut(stdout, out);
    }
    finish(m_interrupted ? 130 : anyFailed ? 1 : 0);
}

void CliRunner::runChat()
{
    QString prompt;
    if (!readPrompt(prompt, false)) // a prompt of attachments alone is a prompt too
        return;
    AttachmentList attachments;
    if (!prepareMedia(attachments)) {
        finish(2);
        return;
    }
    if (prompt.trimmed().isEmpty() && attachments.isEmpty()) {
        writeOut(stderr, tr("loquat-cli: the prompt is empty.\n"));
        finish(2);
        return;
    }

    ChatRequest request;
    if (m_options.save) {
        m_history = std::make_unique<CliHistory>(m_options);
        QString error;
        if (!m_history->prepare(m_options, &error)) {
            writeOut(stderr, QStringLiteral("loquat-cli: %1\n").arg(error));
            finish(1);
            return;
        }
        m_client->setServer(m_options.server); // a continued conversation's own server
        request = m_history->begin(m_client, m_options, prompt.trimmed().isEmpty() ? QString() : prompt,
                                   attachments);
    } else {
        request.model = m_options.model;
        request.params = m_options.params;
        request.stream = m_options.stream;
        if (!m_options.systemPrompt.isEmpty())
            request.messages.append(
                ChatMessage{QStringLiteral("system"), m_options.systemPrompt, {}, {}, {}});
        ChatMessage user{QStringLiteral("user"), prompt.trimmed().isEmpty() ? QString() : prompt, {}, {}, {}};
        user.attachments = attachments;
        request.messages.append(user);
    }

    m_stream = m_client->createChat(request, this);
    if (m_history) {
        m_history->watch(m_stream);
        // Asked beside the chat, never before it: a server without /version (llama.cpp) or a
        // slow one only leaves the version out.
        m_client->fetchVersion(m_history.get(),
                               [history = m_history.get()](const QString &version, const ApiError &error) {
                                   if (!error.isError())
                                       history->setServerVersion(version);
                               });
    }
    connect(m_stream, &ChatStream::progressed, this, &CliRunner::printNewText);
    connect(m_stream, &ChatStream::finished, this, &CliRunner::onChatFinished);
    connect(m_stream, &ChatStream::retrying, this, [](int attempt, int delayMs, const ApiError &reason) {
        writeOut(stderr, tr("loquat-cli: %1 Retrying (%2) in %3 ms.\n")
                             .arg(reason.userMessage())
                             .arg(attempt)
                             .arg(delayMs));
    });
    m_stream->start();
}

bool CliRunner::prepareMedia(AttachmentList &attachments)
{
    if (m_options.media.isEmpty())
        return true;
    if (!m_scaledImages.isValid()) {
        writeOut(stderr, tr("loquat-cli: cannot create a temporary folder for the images.\n"));
        return false;
    }
    const AttachmentStore store(m_scaledImages.path());
    AttachmentPreparer::Options options;
    options.limits = m_options.limits;
    options.store = &store;
    options.storeOriginals = false; // files sent unchanged are read where they are
    for (const CliOptions::Media &media : m_options.media) {
        const QString source = media.source;
        const bool isUrl = source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
                           source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
        const AttachmentPreparer::Result result =
            isUrl ? AttachmentPreparer::prepareUrl(QUrl(source), media.kind)
                  : AttachmentPreparer::prepareFile(source, options);
        QString error = result.error;
        if (result.ok && result.attachment.kind != media.kind) {
            const MediaFormat *format = MediaFormats::byId(result.attachment.format);
            error = tr("Cannot attach “%1” as %2: it is a %3.")
                        .arg(source, MediaFormats::kindName(media.kind), MediaFormats::label(*format));
        }
        if (!error.isEmpty()) {
            writeOut(stderr, QStringLiteral("loquat-cli: %1\n").arg(error));
            return false;
        }
        attachments.append(result.attachment);
    }
    return true;
}

void CliRunner::printNewText()
{
    if (m_options.json || !m_stream)
        return;
    const ChoiceState *choice = m_stream->result().choice(0);
    if (!choice)
        return;
    if (choice->reasoning.size() > m_printedReasoning) {
        writeOut(stderr, QStringView(choice->reasoning).mid(m_printedReasoning));
        m_printedReasoning = choice->reasoning.size();
    }
    if (choice->content.size() > m_printedContent) {
        writeOut(stdout, QStringView(choice->content).mid(m_printedContent));
        m_printedContent = choice->content.size();
    }
}

void CliRunner::onChatFinished()
{
    printNewText();
    const StreamAccumulator &result = m_stream->result();
    const StreamMetrics &metrics = m_stream->metrics();
    const bool failed = m_stream->state() == ChatStream::State::Failed;
    const bool stopped = m_stream->state() == ChatStream::State::Canceled;
    const bool saved = m_history && m_history->finish();

    if (m_options.json) {
        const ChoiceState *first = result.choice(0);
        QJsonObject out = first ? choiceToJson(*first) : QJsonObject{};
        out.remove(QStringLiteral("index"));
        if (result.choices().size() > 1) {
            QJsonArray choices;
            for (const ChoiceState &c : result.choices())
                choices.append(choiceToJson(c));
            out.insert(QStringLiteral("choices"), choices);
        }
        out.insert(QStringLiteral("model"), result.model());
        out.insert(QStringLiteral("usage"),
                   QJsonObject{{QStringLiteral("prompt_tokens"), orNull(result.usage().promptTokens)},
                               {QStringLiteral("completion_tokens"), orNull(result.usage().completionTokens)},
                               {QStringLiteral("total_tokens"), orNull(result.usage().totalTokens)}});
        out.insert(QStringLiteral("ttft_ms"), orNull(metrics.ttftMs()));
        const double tps = metrics.tokensPerSecond();
        out.insert(QStringLiteral("tokens_per_s"), tps >= 0 ? QJsonValue(tps) : QJsonValue());
        if (failed || stopped)
            out.insert(QStringLiteral("error"), m_stream->error().userMessage());
        if (saved)
            out.insert(QStringLiteral("conversation_id"), m_history->conversationId());
        writeOut(stdout, QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n'));
    } else if (m_printedContent > 0 && !result.choice(0)->content.endsWith(QLatin1Char('\n'))) {
        writeOut(stdout, u"\n");
    }

    if (saved && !m_options.json)
        writeOut(stderr, tr("loquat-cli: saved in conversation %1 (continue it with --conversation %1).\n")
                             .arg(m_history->conversationId()));
    if (failed || stopped) {
        writeOut(stderr, QString(QStringLiteral("loquat-cli: ") + m_stream->error().userMessage() +
                                 QLatin1Char('\n')));
        finish(stopped || m_interrupted ? 130 : 1);
        return;
    }
    finish(0);
}

void CliRunner::finish(int status)
{
    QMetaObject::invokeMethod(
        qApp, [status] { QCoreApplication::exit(status); }, Qt::QueuedConnection);
}
