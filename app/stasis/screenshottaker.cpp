// SPDX-License-Identifier: GPL-2.0-or-later
#include "screenshottaker.h"

#include "mainwindow.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

namespace Stasis
{

namespace
{
/// A container whose log stays empty must not hold the screenshot forever.
constexpr int selectionPatienceMs = 8000;
} // namespace

ScreenshotTaker::ScreenshotTaker(MainWindow *window, const QString &file)
    : QObject(window)
    , m_window(window)
    , m_file(file)
{
}

void ScreenshotTaker::takeWhenLoaded(MainWindow *window, const QString &file, bool waitForSelection)
{
    auto *taker = new ScreenshotTaker(window, file);
    connect(window, &MainWindow::loaded, taker, [taker, window, waitForSelection](bool ok) {
        if (!ok || !waitForSelection) {
            taker->take(ok);
            return;
        }
        connect(window, &MainWindow::selectionLoaded, taker, [taker] {
            taker->take(true);
        });
        QTimer::singleShot(selectionPatienceMs, taker, [taker] {
            taker->take(true);
        });
    });
}

void ScreenshotTaker::take(bool ok)
{
    if (m_taken) {
        return;
    }
    m_taken = true;
    // Let the last changes lay out and paint first.
    QTimer::singleShot(300, this, [this, ok] {
        if (!m_window->grab().save(m_file)) {
            std::fprintf(stderr, "stasis: cannot write the screenshot %s\n", qPrintable(m_file));
            QApplication::exit(1);
            return;
        }
        QApplication::exit(ok ? 0 : 1);
    });
}

} // namespace Stasis
