#include "simfault.h"

#include <QList>

#include <array>

namespace {

struct Spec {
    SimFault::Kind kind;
    QLatin1String name;
    qint64 defaultCount;
    bool needsCount;
};

constexpr qint64 kTenMiB = 10 * 1024 * 1024;

const std::array<Spec, 19> &specs()
{
    using K = SimFault::Kind;
    static const std::array<Spec, 19> table{{
        {K::Refuse, QLatin1String("refuse"), 0, false},
        {K::ResetBeforeHeaders, QLatin1String("reset-before-headers"), 0, false},
        {K::ResetAfterHeaders, QLatin1String("reset-after-headers"), 0, false},
        {K::StallBeforeFirstByte, QLatin1String("stall-before-first-byte"), 0, false},
        {K::StallMidStream, QLatin1String("stall-mid-stream"), 0, true},
        {K::DropAfter, QLatin1String("drop-after"), 0, true},
        {K::DropMidUtf8, QLatin1String("drop-mid-utf8"), 0, false},
        {K::DropMidEvent, QLatin1String("drop-mid-event"), 0, false},
        {K::SplitBytes, QLatin1String("split-bytes"), 1, false},
        {K::ErrorEventAfter, QLatin1String("error-event-after"), 0, true},
        {K::ErrorEventFirst, QLatin1String("error-event-first"), 0, false},
        {K::MalformedChunk, QLatin1String("malformed-chunk"), 1, false},
        {K::HttpStatus, QLatin1String("http-status"), 0, true},
        {K::FailTimes, QLatin1String("fail-times"), 0, true},
        {K::Redirect, QLatin1String("redirect"), 0, false},
        {K::RedirectLoop, QLatin1String("redirect-loop"), 0, false},
        {K::HugeEvent, QLatin1String("huge-event"), kTenMiB, false},
        {K::NeverEnd, QLatin1String("never-end"), 0, false},
        {K::NoDone, QLatin1String("no-done"), 0, false},
    }};
    return table;
}

} // namespace

SimFault SimFault::parse(QStringView spec, QString *error)
{
    const QList<QStringView> parts = spec.trimmed().split(QLatin1Char(':'));
    const QStringView name = parts.value(0);
    for (const Spec &entry : specs()) {
        if (name != entry.name)
            continue;
        SimFault fault{entry.kind, entry.defaultCount, 0};
        bool ok = true;
        if (parts.size() > 1)
            fault.count = parts[1].toLongLong(&ok);
        if (ok && parts.size() > 2)
            fault.ms = parts[2].toInt(&ok);
        if (fault.kind == Kind::StallBeforeFirstByte) {
            // Its single argument is a duration.
            fault.ms = int(fault.count);
            fault.count = 0;
        }
        if (!ok || parts.size() > 3 || (entry.needsCount && parts.size() < 2) || fault.count < 0 ||
            fault.ms < 0) {
            if (error)
                *error = QStringLiteral("bad arguments in fault spec '%1'").arg(spec);
            return {};
        }
        return fault;
    }
    if (error)
        *error = QStringLiteral("unknown fault '%1'").arg(name);
    return {};
}

QString SimFault::toString() const
{
    for (const Spec &entry : specs()) {
        if (entry.kind != kind)
            continue;
        QString text = entry.name;
        if (kind == Kind::StallBeforeFirstByte)
            return ms > 0 ? text + QLatin1Char(':') + QString::number(ms) : text;
        if (entry.needsCount || count != entry.defaultCount || ms > 0)
            text += QLatin1Char(':') + QString::number(count);
        if (ms > 0)
            text += QLatin1Char(':') + QString::number(ms);
        return text;
    }
    return QStringLiteral("none");
}
