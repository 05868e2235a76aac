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

namespace {

SimModelCard multimodal(const QString &id, const QStringList &modalities)
{
    SimModelCard card{id, QStringLiteral("/models/") + id, QString(), 32768, false};
    card.modalities = modalities;
    return card;
}

} // namespace

QList<SimModelCard> SimOptions::defaultModels()
{
    return {
        {QStringLiteral("sim-chat"), QStringLiteral("/models/sim-chat"), QString(), 8192, false},
        {QStringLiteral("sim-reasoner"), QStringLiteral("/models/sim-reasoner"), QString(), 8192, true},
        {QStringLiteral("sim-lora"), QStringLiteral("/adapters/sim-lora"), QStringLiteral("sim-chat"), -1,
         false},
        multimodal(QStringLiteral("sim-vision"), {QStringLiteral("image"), QStringLiteral("video")}),
        multimodal(QStringLiteral("sim-omni"),
                   {QStringLiteral("image"), QStringLiteral("video"), QStringLiteral("audio")}),
    };
}

QList<SimModelCard> SimOptions::modelsFor(SimTask task)
{
    switch (task) {
    case SimTask::Generate:
        return defaultModels();
    case SimTask::Embed: {
        SimModelCard card{QStringLiteral("sim-embed"), QStringLiteral("/models/sim-embed"), QString(), 512,
                          false};
        card.embeddingSize = 768;
        card.matryoshka = true;
        card.matryoshkaDimensions = {64, 128, 256, 512, 768};
        return {card};
    }
    case SimTask::Score:
        return {
            {QStringLiteral("sim-reranker"), QStringLiteral("/models/sim-reranker"), QString(), 512, false}};
    }
    return {};
}

SimOptions SimOptions::forTask(SimTask task)
{
    SimOptions options;
    options.task = task;
    options.models = modelsFor(task);
    return options;
}

std::optional<SimTask> SimOptions::parseTask(QStringView name)
{
    if (name == QLatin1String("generate") || name == QLatin1String("chat"))
        return SimTask::Generate;
    if (name == QLatin1String("embed") || name == QLatin1String("embedding"))
        return SimTask::Embed;
    if (name == QLatin1String("score") || name == QLatin1String("rerank"))
        return SimTask::Score;
    return std::nullopt;
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
