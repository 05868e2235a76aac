#include "presetstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
constexpr int kFormatVersion = 1;
const QLatin1String kFileName("presets.json");
} // namespace

PresetStore::PresetStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? QDir(dataDirectory()).filePath(kFileName) : path)
{
    m_writer.setMaxThreadCount(1);
    load();
}

PresetStore::~PresetStore()
{
    m_writer.waitForDone();
}

QString PresetStore::dataDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("LOQUAT_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QList<SamplingPreset> PresetStore::builtIns()
{
    // Names are not translated: they are keys in the file and in per-model defaults.
    return {
        {QStringLiteral("Precise"),
         QJsonObject{{QStringLiteral("temperature"), 0.2}, {QStringLiteral("top_p"), 0.9}}, true},
        {QStringLiteral("Balanced"),
         QJsonObject{{QStringLiteral("temperature"), 0.7}, {QStringLiteral("top_p"), 0.95}}, true},
        {QStringLiteral("Creative"),
         QJsonObject{{QStringLiteral("temperature"), 1.1},
                     {QStringLiteral("top_p"), 0.98},
                     {QStringLiteral("presence_penalty"), 0.3}},
         true},
    };
}

QList<SamplingPreset> PresetStore::presets() const
{
    return builtIns() + m_user;
}

const SamplingPreset *PresetStore::find(const QString &name) const
{
    static const QList<SamplingPreset> builtIn = builtIns();
    for (const SamplingPreset &p : builtIn) {
        if (p.name == name)
            return &p;
    }
    const int i = indexOfUser(name);
    return i >= 0 ? &m_user.at(i) : nullptr;
}

bool PresetStore::isBuiltIn(const QString &name) const
{
    for (const SamplingPreset &p : builtIns()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int PresetStore::indexOfUser(const QString &name) const
{
    for (int i = 0; i < m_user.size(); ++i) {
        if (m_user.at(i).name == name)
            return i;
    }
    return -1;
}

bool PresetStore::save(const QString &rawName, const QJsonObject &params, QString *error)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty()) {
        *error = tr("Give the preset a name.");
        return false;
    }
    if (isBuiltIn(name)) {
        *error = tr("\"%1\" is a built-in preset; choose another name.").arg(name);
        return false;
    }
    const int i = indexOfUser(name);
    if (i >= 0)
        m_user[i].params = params;
    else
        m_user.append({name, params, false});
    scheduleWrite();
    emit changed();
    return true;
}

bool PresetStore::rename(const QString &from, const QString &rawTo, QString *error)
{
    const QString to = rawTo.trimmed();
    const int i = indexOfUser(from);
    if (i < 0) {
        *error = isBuiltIn(from) ? tr("Built-in presets cannot be renamed.")
                                 : tr("There is no preset \"%1\".").arg(from);
        return false;
    }
    if (to.isEmpty()) {
        *error = tr("Give the preset a name.");
        return false;
    }
    if (to == from)
        return true;
    if (isBuiltIn(to) || indexOfUser(to) >= 0) {
        *error = tr("A preset named \"%1\" already exists.").arg(to);
        return false;
    }
    m_user[i].name = to;
    for (auto it = m_defaults.begin(); it != m_defaults.end(); ++it) {
        if (it.value() == from)
            it.value() = to;
    }
    scheduleWrite();
    emit changed();
    return true;
}

bool PresetStore::remove(const QString &name, QString *error)
{
    const int i = indexOfUser(name);
    if (i < 0) {
        *error = isBuiltIn(name) ? tr("Built-in presets cannot be deleted.")
                                 : tr("There is no preset \"%1\".").arg(name);
        return false;
    }
    m_user.removeAt(i);
    for (auto it = m_defaults.begin(); it != m_defaults.end();) {
        if (it.value() == name)
            it = m_defaults.erase(it);
        else
            ++it;
    }
    scheduleWrite();
    emit changed();
    return true;
}

void PresetStore::setDefaultFor(const QString &model, const QString &preset)
{
    if (model.isEmpty() || m_defaults.value(model) == preset)
        return;
    if (preset.isEmpty())
        m_defaults.remove(model);
    else
        m_defaults.insert(model, preset);
    scheduleWrite();
    emit changed();
}

void PresetStore::waitForWrites()
{
    m_writer.waitForDone();
}

QByteArray PresetStore::serialize() const
{
    QJsonArray list;
    for (const SamplingPreset &p : m_user)
        list.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("params"), p.params}});
    QJsonObject defaults;
    for (auto it = m_defaults.begin(); it != m_defaults.end(); ++it)
        defaults.insert(it.key(), it.value());
    const QJsonObject root{{QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("presets"), list},
                           {QStringLiteral("model_defaults"), defaults}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void PresetStore::scheduleWrite()
{
    const QByteArray bytes = serialize();
    const QString path = m_path;
    QPointer<PresetStore> self(this);
    m_writer.start([bytes, path, self] {
        QString message;
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            message = tr("Could not create the folder for %1.").arg(path);
        } else {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                message = tr("Could not save the presets to %1: %2").arg(path, file.errorString());
        }
        if (!message.isEmpty()) {
            QMetaObject::invokeMethod(
                qApp,
                [self, message] {
                    if (self)
                        emit self->writeFailed(message);
                },
                Qt::QueuedConnection);
        }
    });
}

void PresetStore::load()
{
    QFile file(m_path);
    if (!file.exists())
        return;
    // Read once at start-up: the file holds a few presets (kilobytes), read before any window shows.
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = tr("Could not read the presets in %1: %2").arg(m_path, file.errorString());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString aside = m_path + QStringLiteral(".broken");
        QFile::remove(aside);
        QFile::rename(m_path, aside);
        m_loadError = tr("The presets file %1 was not readable (%2); it was kept as %3.")
                          .arg(m_path, parseError.errorString(), aside);
        return;
    }
    const QJsonObject root = doc.object();
    for (const QJsonValue &v : root.value(QLatin1String("presets")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString().trimmed();
        if (name.isEmpty() || isBuiltIn(name) || indexOfUser(name) >= 0)
            continue;
        m_user.append({name, o.value(QLatin1String("params")).toObject(), false});
    }
    const QJsonObject defaults = root.value(QLatin1String("model_defaults")).toObject();
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (it.value().isString() && !it.value().toString().isEmpty())
            m_defaults.insert(it.key(), it.value().toString());
    }
}
