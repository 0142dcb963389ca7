// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QSize>
#include <QString>

class QHeaderView;
class QMainWindow;
class QSplitter;

namespace Stasis
{

/// Saves and restores a main window's geometry, tool bar state, splitters
/// and table headers in QSettings, under one group.
class WindowSettings final
{
public:
    struct Splitter {
        QString key;
        QSplitter *splitter;
        /// Sizes when nothing was saved; empty: the splitter's own.
        QList<int> defaultSizes;
    };
    struct Header {
        QString key;
        QHeaderView *header;
    };

    WindowSettings(QMainWindow *window, const QString &group, const QList<Splitter> &splitters, const QList<Header> &headers);

    /// Restores what was saved; @p defaultSize when no geometry was.
    void restore(const QSize &defaultSize) const;
    void save() const;

private:
    QMainWindow *m_window;
    QString m_group;
    QList<Splitter> m_splitters;
    QList<Header> m_headers;
};

} // namespace Stasis
