// SPDX-License-Identifier: GPL-2.0-or-later
#include "windowsettings.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace Stasis
{

namespace
{
const QString geometryKey = QStringLiteral("geometry");
const QString stateKey = QStringLiteral("state");
} // namespace

WindowSettings::WindowSettings(QMainWindow *window, const QString &group, const QList<Splitter> &splitters, const QList<Header> &headers)
    : m_window(window)
    , m_group(group)
    , m_splitters(splitters)
    , m_headers(headers)
{
}

void WindowSettings::restore(const QSize &defaultSize) const
{
    QSettings settings;
    settings.beginGroup(m_group);
    if (!m_window->restoreGeometry(settings.value(geometryKey).toByteArray())) {
        m_window->resize(defaultSize);
    }
    m_window->restoreState(settings.value(stateKey).toByteArray());
    for (const Splitter &splitter : m_splitters) {
        if (!splitter.splitter->restoreState(settings.value(splitter.key).toByteArray()) && !splitter.defaultSizes.isEmpty()) {
            splitter.splitter->setSizes(splitter.defaultSizes);
        }
    }
    for (const Header &header : m_headers) {
        header.header->restoreState(settings.value(header.key).toByteArray());
    }
}

void WindowSettings::save() const
{
    QSettings settings;
    settings.beginGroup(m_group);
    settings.setValue(geometryKey, m_window->saveGeometry());
    settings.setValue(stateKey, m_window->saveState());
    for (const Splitter &splitter : m_splitters) {
        settings.setValue(splitter.key, splitter.splitter->saveState());
    }
    for (const Header &header : m_headers) {
        settings.setValue(header.key, header.header->saveState());
    }
}

} // namespace Stasis
