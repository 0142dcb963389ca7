// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Stasis
{

class MainWindow;

/// `stasis --screenshot FILE`: saves a PNG of the window once it is loaded
/// (and, when a container is to be selected, once what it shows of that
/// container is loaded), then quits with 0, or 1 when loading failed.
class ScreenshotTaker final : public QObject
{
    Q_OBJECT

public:
    static void takeWhenLoaded(MainWindow *window, const QString &file, bool waitForSelection);

private:
    ScreenshotTaker(MainWindow *window, const QString &file);
    void take(bool ok);

    MainWindow *m_window;
    QString m_file;
    bool m_taken = false;
};

} // namespace Stasis
