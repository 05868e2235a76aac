#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

// A named set of explicit sampling parameters (vLLM names, as in ChatRequest::params).
struct SamplingPreset {
    QString name;
    QJsonObject params;
    bool builtIn = false;

    bool operator==(const SamplingPreset &) const = default;
};

// The built-in presets (Precise, Balanced, Creative) and the user's own, plus the preset each
// model starts with. The user's presets and the per-model defaults live in one JSON file,
// `presets.json`, in the app's data directory ($LOQUAT_DATA_DIR when set). Every change is written
// whole through QSaveFile (a crash mid-write leaves the previous file), on a worker thread so the
// UI thread never waits for the disk; writes keep their order. A file that cannot be read is kept
// aside as presets.json.broken and reported, never silently overwritten.
class PresetStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetStore)

public:
    // `path` empty: presets.json in dataDirectory().
    explicit PresetStore(const QString &path = {}, QObject *parent = nullptr);
    ~PresetStore() override; // waits for the last write

    static QString dataDirectory(); // $LOQUAT_DATA_DIR, else the platform's app data location
    static QList<SamplingPreset> builtIns();

    const QString &path() const { return m_path; }
    QList<SamplingPreset> presets() const; // built-ins first, then the user's in their order
    const SamplingPreset *find(const QString &name) const;
    bool isBuiltIn(const QString &name) const;

    // Each returns false with a translated sentence in *error (and changes nothing) when refused:
    // an empty name, a built-in's name, a name in use, an unknown preset.
    bool save(const QString &name, const QJsonObject &params, QString *error); // adds or overwrites
    bool rename(const QString &from, const QString &to, QString *error);
    bool remove(const QString &name, QString *error);

    // The preset a model starts with ("" when none is set).
    QString defaultFor(const QString &model) const { return m_defaults.value(model); }
    void setDefaultFor(const QString &model, const QString &preset); // "" clears

    // Blocks until every queued write is on disk (tests, shutdown).
    void waitForWrites();
    const QString &loadError() const { return m_loadError; }

signals:
    void changed();
    void writeFailed(const QString &message);

private:
    void load();
    void scheduleWrite();
    QByteArray serialize() const;
    int indexOfUser(const QString &name) const;

    QString m_path;
    QList<SamplingPreset> m_user;
    QHash<QString, QString> m_defaults;
    QString m_loadError;
    QThreadPool m_writer; // one thread: writes land in the order they were made
};
