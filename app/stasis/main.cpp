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
    // QT_TRANSLATE_NOOP marks the descriptions for lupdate; option() translates them.
    const auto option = [](const char *name, const char *description, const char *valueName) {
        return QCommandLineOption(QLatin1String(name), QApplication::translate("main", description), QLatin1String(valueName));
    };
    const QCommandLineOption hostOption =
        option("host", QT_TRANSLATE_NOOP("main", "The engine to connect to (default: DOCKER_HOST, then the default socket)."), "URL");
    const QCommandLineOption screenshotOption =
        option("screenshot", QT_TRANSLATE_NOOP("main", "Save a PNG of the main window once it is loaded, then exit."), "FILE");
    const QCommandLineOption contextOption =
        option("context", QT_TRANSLATE_NOOP("main", "The Docker context to use (overrides DOCKER_HOST and the current context)."), "NAME");
    const QCommandLineOption containerOption = option("container", QT_TRANSLATE_NOOP("main", "Select this container (name or id) once it is listed."), "NAME");
    const QCommandLineOption tourOption = option("tour",
                                                 QT_TRANSLATE_NOOP("main",
                                                                   "Drive the example through the window (a counting container: checkpoint, restore, "
                                                                   "export, import), save a PNG per step into DIR, then exit."),
                                                 "DIR");
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
