// SPDX-License-Identifier: GPL-2.0-or-later
#include "engineclient.h"
#include "mainwindow.h"
#include "screenshottaker.h"
#include "tour.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

#include <cstdio>

using namespace Stasis;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("stasis"));
    QApplication::setApplicationDisplayName(QStringLiteral("Stasis"));
    QApplication::setOrganizationName(QStringLiteral("stasis"));
    QApplication::setApplicationVersion(QStringLiteral(STASIS_VERSION));

    Translator translator;
    if (translator.load(QLocale(), QStringLiteral("stasis"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

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
    const QCommandLineOption contextOption(QStringLiteral("context"),
                                           QApplication::translate("main", "The Docker context to use (overrides DOCKER_HOST and the current context)."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption containerOption(QStringLiteral("container"),
                                             QApplication::translate("main", "Select this container (name or id) once it is listed."),
                                             QStringLiteral("NAME"));
    const QCommandLineOption tourOption(QStringLiteral("tour"),
                                        QApplication::translate("main",
                                                                "Drive the example through the window (a counting container: checkpoint, restore, "
                                                                "export, import), save a PNG per step into DIR, then exit."),
                                        QStringLiteral("DIR"));
    parser.addOptions({hostOption, contextOption, screenshotOption, containerOption, tourOption});
    parser.process(app);

    const auto endpoint = EngineEndpoint::resolve(parser.value(hostOption), parser.value(contextOption));
    if (!endpoint) {
        std::fprintf(stderr, "stasis: %s\n", qPrintable(endpoint.error()));
        return 2;
    }
    MainWindow window(*endpoint);
    window.show();
    const QString container = parser.value(containerOption);
    if (!container.isEmpty()) {
        window.selectContainer(container);
    }

    if (parser.isSet(tourOption)) {
        Tour::start(&window, parser.value(tourOption));
    }
    const QString screenshot = parser.value(screenshotOption);
    if (!screenshot.isEmpty()) {
        ScreenshotTaker::takeWhenLoaded(&window, screenshot, !container.isEmpty());
    }
    return QApplication::exec();
}
