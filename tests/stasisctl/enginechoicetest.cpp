// SPDX-License-Identifier: GPL-2.0-or-later
// stasisctl chooses its engine like the Docker CLI: --host or --context.
// Offline: the engines named here do not exist, and the messages say so.
#include "dockercontextstore.h"
#include "stasisctlrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class EngineChoiceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usesTheNamedContext()
    {
        QTemporaryDir config;
        const QString meta = DockerContextStore(config.path()).metaFile(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(QFileInfo(meta).path()));
        QFile file(meta);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QJsonObject docker{{QStringLiteral("Host"), QStringLiteral("unix:///nonexistent/elsewhere.sock")}};
        const QJsonObject context{{QStringLiteral("Name"), QStringLiteral("elsewhere")},
                                  {QStringLiteral("Endpoints"), QJsonObject{{QStringLiteral("docker"), docker}}}};
        file.write(QJsonDocument(context).toJson());
        file.close();
        qputenv("DOCKER_CONFIG", QFile::encodeName(config.path()));
        qunsetenv("DOCKER_HOST");

        const CtlRun run =
            stasisctl({QStringLiteral("--context"), QStringLiteral("elsewhere"), QStringLiteral("checkpoint"), QStringLiteral("ls"), QStringLiteral("cr")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("/nonexistent/elsewhere.sock")), qPrintable(run.err));

        const CtlRun unknown =
            stasisctl({QStringLiteral("--context"), QStringLiteral("nowhere"), QStringLiteral("checkpoint"), QStringLiteral("ls"), QStringLiteral("cr")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("nowhere")), qPrintable(unknown.err));
    }

    void refusesHostAndContextTogether()
    {
        const CtlRun run = stasisctl({QStringLiteral("--host"),
                                      QStringLiteral("unix:///nonexistent.sock"),
                                      QStringLiteral("--context"),
                                      QStringLiteral("default"),
                                      QStringLiteral("checkpoint"),
                                      QStringLiteral("ls"),
                                      QStringLiteral("cr")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("not both")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(EngineChoiceTest)
#include "enginechoicetest.moc"
