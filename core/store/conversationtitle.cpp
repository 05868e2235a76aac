#include "conversationtitle.h"

#include <QRegularExpression>

QString ConversationTitle::fromFirstMessage(const QString &text)
{
    // Markdown and code fences make poor titles: keep the words.
    static const QRegularExpression noise(QStringLiteral("[`#>*_~]+"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString line = text;
    line.replace(noise, QStringLiteral(" "));
    line = line.replace(spaces, QStringLiteral(" ")).trimmed();
    if (line.size() <= kMaxLength)
        return line;
    qsizetype cut = line.lastIndexOf(QLatin1Char(' '), kMaxLength);
    if (cut < kMaxLength / 2)
        cut = kMaxLength;
    // Never split a surrogate pair.
    if (cut > 0 && line.at(cut - 1).isHighSurrogate())
        --cut;
    return line.left(cut).trimmed() + QStringLiteral("…");
}
