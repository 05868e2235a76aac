#include "windowstatekeeper.h"

#include <QEvent>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

namespace {
const QString kStateKey = QStringLiteral("window/state");
const QString kPageKey = QStringLiteral("window/page");
const QString kSplitterGroup = QStringLiteral("window/splitters");
constexpr int kStateVersion = 1;

QString pathOf(const QObject *object)
{
    if (!object->objectName().isEmpty())
        return object->objectName();
    const QObject *parent = object->parent();
    if (!parent)
        return QString::fromLatin1(object->metaObject()->className());
    // Its place among siblings of the same class: stable as long as the layout is.
    int index = 0;
    for (const QObject *sibling : parent->children()) {
        if (sibling == object)
            break;
        if (sibling->metaObject() == object->metaObject())
            ++index;
    }
    return pathOf(parent) + QLatin1Char('/') + QString::fromLatin1(object->metaObject()->className()) +
           QString::number(index);
}
} // namespace

WindowStateKeeper::WindowStateKeeper(QMainWindow *window, QTabWidget *pages)
    : QObject(window)
    , m_window(window)
    , m_pages(pages)
{
    window->installEventFilter(this);
}

QString WindowStateKeeper::splitterKey(const QSplitter *splitter)
{
    return pathOf(splitter);
}

void WindowStateKeeper::save() const
{
    QSettings settings;
    settings.setValue(kStateKey, m_window->saveState(kStateVersion));
    if (m_pages)
        settings.setValue(kPageKey, m_pages->currentIndex());
    settings.beginGroup(kSplitterGroup);
    for (const QSplitter *splitter : m_window->findChildren<QSplitter *>())
        settings.setValue(splitterKey(splitter), splitter->saveState());
    settings.endGroup();
}

void WindowStateKeeper::restore()
{
    m_restored = true;
    QSettings settings;
    m_window->restoreState(settings.value(kStateKey).toByteArray(), kStateVersion);
    if (m_pages) {
        const int page = settings.value(kPageKey, 0).toInt();
        if (page >= 0 && page < m_pages->count())
            m_pages->setCurrentIndex(page);
    }
    settings.beginGroup(kSplitterGroup);
    for (QSplitter *splitter : m_window->findChildren<QSplitter *>()) {
        const QByteArray state = settings.value(splitterKey(splitter)).toByteArray();
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
    settings.endGroup();
}

bool WindowStateKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::Show && !m_restored)
            restore();
        else if (event->type() == QEvent::Close)
            save();
    }
    return QObject::eventFilter(watched, event);
}
