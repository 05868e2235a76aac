#include "clirunner.h"

#include "api/chatstream.h"
#include "api/vllmclient.h"
#include "media/attachmentstore.h"
#include "media/imaging/attachmentpreparer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

namespace {

void writeOut(FILE *stream, QStringView text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

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

void CliRunner::start()
{
    if (m_options.command == QLatin1String("models"))
        runModels();
    else
        runChat();
}

void CliRunner::interrupt()
{
    m_interrupted = true;
    if (m_stream && m_stream->isActive())
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

void CliRunner::runChat()
{
    QString prompt = m_options.prompt;
    if (prompt == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            writeOut(stderr, tr("loquat-cli: could not read the prompt from standard input.\n"));
            finish(2);
            return;
        }
        prompt = QString::fromUtf8(in.readAll());
    }
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
    request.model = m_options.model;
    request.params = m_options.params;
    request.stream = m_options.stream;
    if (!m_options.systemPrompt.isEmpty())
        request.messages.append(ChatMessage{QStringLiteral("system"), m_options.systemPrompt, {}, {}, {}});
    ChatMessage user{QStringLiteral("user"), prompt.trimmed().isEmpty() ? QString() : prompt, {}, {}, {}};
    user.attachments = attachments;
    request.messages.append(user);

    m_stream = m_client->createChat(request, this);
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
        writeOut(stdout, QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n'));
    } else if (m_printedContent > 0 && !result.choice(0)->content.endsWith(QLatin1Char('\n'))) {
        writeOut(stdout, u"\n");
    }

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
