// SPDX-License-Identifier: GPL-2.0-or-later
#include "engine/engineclient.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

using namespace Stasis;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("stasis"));
    QApplication::setApplicationDisplayName(QStringLiteral("Stasis"));
    QApplication::setOrganizationName(QStringLiteral("stasis"));
    QApplication::setApplicationVersion(QStringLiteral(STASIS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Checkpoint and restore Docker containers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        QApplication::translate("main", "The engine to connect to (default: DOCKER_HOST, then the default socket)."),
                                        QStringLiteral("URL"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QApplication::translate("main", "Save a PNG of the main window once it is loaded, then exit."),
                                              QStringLiteral("FILE"));
    parser.addOptions({hostOption, screenshotOption});
    parser.process(app);

    const auto endpoint = EngineEndpoint::resolve(parser.value(hostOption));
    if (!endpoint) {
        std::fprintf(stderr, "stasis: %s\n", qPrintable(endpoint.error()));
        return 2;
    }
    auto *client = new EngineClient(*endpoint, &app);
    MainWindow window(client);
    window.show();

    const QString screenshot = parser.value(screenshotOption);
    if (!screenshot.isEmpty()) {
        QObject::connect(&window, &MainWindow::loaded, &window, [&window, screenshot](bool ok) {
            // One more turn of the event loop so the last layout is painted.
            QTimer::singleShot(0, &window, [&window, screenshot, ok] {
                if (!window.grab().save(screenshot)) {
                    std::fprintf(stderr, "stasis: cannot write the screenshot %s\n", qPrintable(screenshot));
                    QApplication::exit(1);
                    return;
                }
                QApplication::exit(ok ? 0 : 1);
            });
        });
    }
    window.connectToEngine();
    return QApplication::exec();
}
