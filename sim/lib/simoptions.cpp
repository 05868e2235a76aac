#include "simoptions.h"

QString SimOptions::effectiveVersion() const
{
    if (!version.isEmpty())
        return version;
    switch (dialect) {
    case SimDialect::VllmCurrent:
        return QStringLiteral("0.21.1");
    case SimDialect::VllmTransition:
        return QStringLiteral("0.13.0");
    case SimDialect::VllmLegacy:
        return QStringLiteral("0.10.0");
    case SimDialect::LlamaCpp:
        return QStringLiteral("b4783");
    }
    return {};
}

QList<SimModelCard> SimOptions::defaultModels()
{
    return {
        {QStringLiteral("sim-chat"), QStringLiteral("/models/sim-chat"), QString(), 8192, false},
        {QStringLiteral("sim-reasoner"), QStringLiteral("/models/sim-reasoner"), QString(), 8192, true},
        {QStringLiteral("sim-lora"), QStringLiteral("/adapters/sim-lora"), QStringLiteral("sim-chat"), -1,
         false},
        {QStringLiteral("sim-vision"),
         QStringLiteral("/models/sim-vision"),
         QString(),
         32768,
         false,
         {QStringLiteral("image"), QStringLiteral("video")}},
        {QStringLiteral("sim-omni"),
         QStringLiteral("/models/sim-omni"),
         QString(),
         32768,
         false,
         {QStringLiteral("image"), QStringLiteral("video"), QStringLiteral("audio")}},
    };
}

std::optional<SimDialect> SimOptions::parseDialect(QStringView name)
{
    if (name == QLatin1String("vllm") || name == QLatin1String("vllm-current"))
        return SimDialect::VllmCurrent;
    if (name == QLatin1String("vllm-transition"))
        return SimDialect::VllmTransition;
    if (name == QLatin1String("vllm-legacy"))
        return SimDialect::VllmLegacy;
    if (name == QLatin1String("llamacpp") || name == QLatin1String("llama.cpp"))
        return SimDialect::LlamaCpp;
    return std::nullopt;
}

QString SimOptions::dialectName(SimDialect dialect)
{
    switch (dialect) {
    case SimDialect::VllmCurrent:
        return QStringLiteral("vllm");
    case SimDialect::VllmTransition:
        return QStringLiteral("vllm-transition");
    case SimDialect::VllmLegacy:
        return QStringLiteral("vllm-legacy");
    case SimDialect::LlamaCpp:
        return QStringLiteral("llamacpp");
    }
    return {};
}
