// SPDX-License-Identifier: GPL-2.0-or-later
// The kept engines without a reachable engine: EngineList keeps them in the
// settings (and restores them in order), connects to each, forgets one, and
// takes the Docker CLI's contexts in one call; EngineListModel shows each with
// its state — here, why it is not connected — and the shown one in bold.
#include "enginelistmodel.h"
#include "dockercontextstore.h"
#include "engineclient.h"
#include "enginelist.h"
#include "enginesession.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Stasis;

class EngineListModelTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

    static EngineEndpoint missing(const QString &name)
    {
        return *EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/stasis-test/%1.sock").arg(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("stasis-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("enginelistmodeltest"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void init()
    {
        QSettings().clear();
    }

    void keepsShowsAndForgetsEngines()
    {
        EngineList engines;
        EngineListModel model(&engines);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EngineSession *first = engines.add(missing(QStringLiteral("first")));
        EngineSession *second = engines.add(missing(QStringLiteral("second")));
        QCOMPARE(engines.add(missing(QStringLiteral("first"))), first);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(engines.find(QStringLiteral("unix:///nonexistent/stasis-test/second.sock")), second);
        QVERIFY(!engines.find(QStringLiteral("unix:///elsewhere.sock")));

        const QModelIndex row = model.index(0);
        QVERIFY(row.data().toString().startsWith(QLatin1String("unix:///nonexistent/stasis-test/first.sock\n")));
        QCOMPARE(row.data(EngineListModel::SessionRole).value<EngineSession *>(), first);
        QTRY_COMPARE_WITH_TIMEOUT(row.data(EngineListModel::StateRole).value<EngineListModel::State>(), EngineListModel::State::Failed, 10000);
        QVERIFY2(row.data().toString().contains(QLatin1String("not connected")), qPrintable(row.data().toString()));
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QLatin1String("Drop a container here")));

        model.setShown(QStringLiteral("unix:///nonexistent/stasis-test/second.sock"));
        QVERIFY(!row.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model.index(1).data(Qt::FontRole).value<QFont>().bold());

        // Kept in the settings, in order.
        EngineList restored;
        restored.restore();
        QCOMPARE(restored.sessions().size(), 2);
        QCOMPARE(restored.sessions().at(1)->client()->endpoint().displayUrl(), QStringLiteral("unix:///nonexistent/stasis-test/second.sock"));

        engines.remove(first);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(EngineListModel::SessionRole).value<EngineSession *>(), second);
        EngineList afterRemoval;
        afterRemoval.restore();
        QCOMPARE(afterRemoval.sessions().size(), 1);
    }

    void keepsTheDockerContexts()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        const DockerContextStore store(config.path());
        EngineList engines;
        const QStringList none = engines.addDockerContexts(store);
        QCOMPARE(none.size(), 1);
        QVERIFY2(none.first().contains(QLatin1String("no Docker contexts")), qPrintable(none.first()));

        const auto write = [&](const QString &name, const QByteArray &meta) {
            QVERIFY(QDir().mkpath(QFileInfo(store.metaFile(name)).path()));
            QFile file(store.metaFile(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(meta);
        };
        write(QStringLiteral("far"), "{\"Name\":\"far\",\"Endpoints\":{\"docker\":{\"Host\":\"unix:///nonexistent/stasis-test/far.sock\"}}}");
        write(QStringLiteral("odd"), "{\"Name\":\"odd\",\"Endpoints\":{\"docker\":{\"Host\":\"ftp://nowhere\"}}}");
        const QStringList problems = engines.addDockerContexts(store);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("ftp://nowhere")), qPrintable(problems.first()));
        QCOMPARE(engines.sessions().size(), 1);
        QCOMPARE(engines.sessions().first()->client()->endpoint().displayUrl(), QStringLiteral("unix:///nonexistent/stasis-test/far.sock"));
    }
};

QTEST_GUILESS_MAIN(EngineListModelTest)
#include "enginelistmodeltest.moc"
