#include "compareexport.h"

#include "comparerun.h"
#include "paramdiff.h"
#include "store/messagejson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

QJsonValue orNull(qint64 value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue();
}

QString dash(qint64 value, const QString &unit = {})
{
    return value >= 0 ? QString::number(value) + unit : QStringLiteral("—");
}

// A fence longer than any backtick run in the text, so an answer with code blocks stays intact.
QString fenceFor(const QString &text)
{
    int longest = 0, run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max(3, longest + 1), QLatin1Char('`'));
}

QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QLatin1String("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

QString CompareExport::stateText(const CompareRun &run, int lane)
{
    const Message &m = run.answer(lane);
    switch (m.state) {
    case MessageState::Failed:
        return tr("failed: %1").arg(m.errorText);
    case MessageState::Stopped:
        return tr("stopped");
    case MessageState::Streaming:
        return tr("streaming");
    default:
        return m.finishReason.isEmpty() ? tr("complete") : m.finishReason;
    }
}

QString CompareExport::figuresRow(const CompareRun &run, int lane)
{
    const MessageMetrics &f = run.answer(lane).metrics;
    const QString speed =
        f.tokensPerSecond >= 0 ? QString::number(f.tokensPerSecond, 'f', 1) : QStringLiteral("—");
    const bool noCount = f.completionTokens <= 0 && f.completionTokensEstimated;
    return QStringLiteral("%1 | %2 | %3 | %4%5 | %6")
        .arg(dash(f.ttftMs, QStringLiteral(" ms")), speed, dash(f.promptTokens),
             noCount ? QStringLiteral("—") : dash(f.completionTokens),
             f.completionTokensEstimated && !noCount ? QStringLiteral("≈") : QString(),
             dash(f.wallMs, QStringLiteral(" ms")));
}

QJsonObject CompareExport::toJson(const CompareRun &run)
{
    QJsonArray history;
    for (const ChatMessage &m : run.history())
        history.append(m.toJson());
    QJsonArray lanes;
    for (int i = 0; i < run.laneCount(); ++i) {
        const LaneSpec &spec = run.lane(i);
        const Message &m = run.answer(i);
        QJsonArray differs;
        for (const QString &d : ParamDiff::between(run.lane(0), spec, run.defaultModel()))
            differs.append(d);
        const double tps = m.metrics.tokensPerSecond;
        lanes.append(QJsonObject{
            {QStringLiteral("lane"), i + 1},
            {QStringLiteral("label"), spec.label()},
            {QStringLiteral("model"), m.model.isEmpty() ? run.modelOf(i) : m.model},
            // The profile and its address, never its key or headers.
            {QStringLiteral("server"), run.serverOf(i).baseUrl.toString()},
            {QStringLiteral("profile"),
             run.serverNameOf(i).isEmpty() ? QJsonValue() : QJsonValue(run.serverNameOf(i))},
            {QStringLiteral("server_version"),
             m.serverVersion.isEmpty() ? QJsonValue() : QJsonValue(m.serverVersion)},
            {QStringLiteral("preset"), spec.preset.isEmpty() ? QJsonValue() : QJsonValue(spec.preset)},
            {QStringLiteral("params"), spec.params},
            {QStringLiteral("repeat"), spec.repeat + 1},
            {QStringLiteral("differs_from_lane_1"), differs},
            {QStringLiteral("request"), m.request},
            {QStringLiteral("content"), m.content},
            {QStringLiteral("reasoning"), m.reasoning.isEmpty() ? QJsonValue() : QJsonValue(m.reasoning)},
            {QStringLiteral("finish_reason"),
             m.finishReason.isEmpty() ? QJsonValue() : QJsonValue(m.finishReason)},
            {QStringLiteral("state"), MessageJson::stateName(m.state)},
            {QStringLiteral("error"), m.errorText.isEmpty() ? QJsonValue() : QJsonValue(m.errorText)},
            {QStringLiteral("figures"),
             QJsonObject{{QStringLiteral("ttft_ms"), orNull(m.metrics.ttftMs)},
                         {QStringLiteral("tokens_per_s"), tps >= 0 ? QJsonValue(tps) : QJsonValue()},
                         {QStringLiteral("prompt_tokens"), orNull(m.metrics.promptTokens)},
                         {QStringLiteral("completion_tokens"), orNull(m.metrics.completionTokens)},
                         {QStringLiteral("completion_tokens_estimated"), m.metrics.completionTokensEstimated},
                         {QStringLiteral("wall_ms"), orNull(m.metrics.wallMs)}}},
        });
    }
    return QJsonObject{{QStringLiteral("prompt"), run.prompt()},
                       {QStringLiteral("history"), history},
                       {QStringLiteral("default_model"), run.defaultModel()},
                       {QStringLiteral("lanes"), lanes}};
}

QString CompareExport::toMarkdown(const CompareRun &run)
{
    QString out = tr("# Comparison") + QStringLiteral("\n\n");
    if (!run.history().isEmpty())
        out +=
            tr("After %n earlier message(s).", nullptr, int(run.history().size())) + QStringLiteral("\n\n");
    const QString fence = fenceFor(run.prompt());
    out += tr("**Prompt**") + QStringLiteral("\n\n%1\n%2\n%1\n\n").arg(fence, run.prompt());
    out += QStringLiteral("| # | %1 | %2 | TTFT | tok/s | %3 | %4 | %5 | %6 |\n")
               .arg(tr("Lane"), tr("Differs from lane 1"), tr("Prompt tokens"), tr("Completion tokens"),
                    tr("Wall time"), tr("Finish"));
    out += QStringLiteral("|---|---|---|---:|---:|---:|---:|---:|---|\n");
    for (int i = 0; i < run.laneCount(); ++i) {
        const QStringList differs = ParamDiff::between(run.lane(0), run.lane(i), run.defaultModel());
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(i + 1)
                   .arg(cell(run.lane(i).label()),
                        cell(i == 0              ? QStringLiteral("—")
                             : differs.isEmpty() ? tr("nothing")
                                                 : differs.join(QStringLiteral("; "))),
                        figuresRow(run, i), cell(stateText(run, i)));
    }
    for (int i = 0; i < run.laneCount(); ++i) {
        const Message &m = run.answer(i);
        out += QStringLiteral("\n## %1 %2: %3\n\n").arg(tr("Lane")).arg(i + 1).arg(run.lane(i).label());
        const QString server = run.serverOf(i).baseUrl.toString();
        out += (run.serverNameOf(i).isEmpty()
                    ? tr("Model %1 at %2").arg(run.modelOf(i), server)
                    : tr("Model %1 on profile %2 (%3)").arg(run.modelOf(i), run.serverNameOf(i), server)) +
               QStringLiteral("\n\n");
        if (!m.serverVersion.isEmpty())
            out += tr("Server version %1.").arg(m.serverVersion) + QStringLiteral("\n\n");
        out += QStringLiteral("`%1`\n\n")
                   .arg(QString::fromUtf8(QJsonDocument(run.lane(i).params).toJson(QJsonDocument::Compact)));
        if (m.state == MessageState::Failed)
            out += QStringLiteral("> %1\n\n").arg(m.errorText);
        // Each answer is markdown itself: it goes in as written, between rules.
        out += m.content;
        out += QStringLiteral("\n\n---\n");
    }
    return out;
}
