#include "simdirectives.h"

#include <QStringList>

SimDirectives SimDirectives::parse(const QString &message)
{
    SimDirectives result;
    QStringList kept;
    const QStringList lines = message.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.startsWith(QLatin1String("/sim")) || (trimmed.size() > 4 && !trimmed.at(4).isSpace())) {
            kept.append(line);
            continue;
        }
        const QStringList words = trimmed.mid(4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            const qsizetype eq = word.indexOf(QLatin1Char('='));
            const QStringView name = eq < 0 ? QStringView(word) : QStringView(word).left(eq);
            const QStringView value = eq < 0 ? QStringView() : QStringView(word).mid(eq + 1);
            if (name == QLatin1String("fault"))
                result.fault = SimFault::parse(value, &result.error);
            else if (name == QLatin1String("tokens"))
                result.tokens = value.toInt();
            else if (name == QLatin1String("delay"))
                result.delayMs = qMax(0, value.toInt());
            else if (name == QLatin1String("tool"))
                result.tool = true;
            else if (name == QLatin1String("think"))
                result.think = true;
            else if (name == QLatin1String("nan"))
                result.nonFinite = true;
            else if (name == QLatin1String("seed"))
                result.seed = value.toLongLong();
        }
    }
    result.text = kept.join(QLatin1Char('\n')).trimmed();
    return result;
}
