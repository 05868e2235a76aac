#include "metricstext.h"

#include <QLocale>
#include <QStringList>

QString MetricsText::count(qint64 value)
{
    QLocale locale;
    // The C locale omits group separators by default; big token counts are unreadable without them.
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

QString MetricsText::format(const MessageMetrics &metrics)
{
    QStringList parts;
    if (metrics.ttftMs >= 0)
        parts << tr("TTFT %1 ms").arg(count(metrics.ttftMs));
    if (metrics.tokensPerSecond > 0)
        parts << tr("%1 tok/s").arg(QLocale().toString(metrics.tokensPerSecond, 'f', 1));
    const QString completion = metrics.completionTokens >= 0
                                   ? (metrics.completionTokensEstimated ? QStringLiteral("~") : QString()) +
                                         count(metrics.completionTokens)
                                   : QString();
    if (metrics.promptTokens >= 0 && !completion.isEmpty())
        parts << tr("%1 prompt + %2 completion tokens").arg(count(metrics.promptTokens), completion);
    else if (!completion.isEmpty())
        parts << tr("%1 completion tokens").arg(completion);
    else if (metrics.promptTokens >= 0)
        parts << tr("%1 prompt tokens").arg(count(metrics.promptTokens));
    return parts.join(QStringLiteral(" · "));
}
