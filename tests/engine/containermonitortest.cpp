// SPDX-License-Identifier: GPL-2.0-or-later
// The container model follows real containers through the engine's events
// alone (ContainerMonitor does not poll): every change shows within 2 s.
#include "containermonitor.h"
#include "containerfilterproxymodel.h"
#include "containermodel.h"
#include "enginetestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
constexpr int eventDeadlineMs = 2000;
}

class ContainerMonitorTest : public QObject
{
    Q_OBJECT

private:
    QString cell(int column) const
    {
        const int row = m_model->rowOf(m_id);
        return row < 0 ? QString() : m_model->index(row, column).data().toString();
    }

    EngineClient *m_client = nullptr;
    ContainerMonitor *m_monitor = nullptr;
    ContainerModel *m_model = nullptr;
    ContainerFilterProxyModel *m_proxy = nullptr;
    QString m_name = QStringLiteral("stasis-monitor-%1").arg(QCoreApplication::applicationPid());
    QString m_id;

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        m_model = new ContainerModel(this);
        m_proxy = new ContainerFilterProxyModel(this);
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_proxy->setSourceModel(m_model);
        m_proxy->sort(ContainerModel::NameColumn);
        m_monitor = new ContainerMonitor(m_client, this);
        m_model->follow(m_monitor);
        QSignalSpy listed(m_monitor, &ContainerMonitor::containersListed);
        m_monitor->start();
        QVERIFY(listed.wait(10000));
        QCOMPARE(m_monitor->state(), EventStream::State::Connected);
    }

    void cleanupTestCase()
    {
        if (m_client) {
            await(m_client->removeContainer(m_name, true));
        }
    }

    void followsACreatedContainer()
    {
        QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
        const auto id = createCounter(*m_client, m_name);
        QVERIFY2(id, why(id).constData());
        m_id = *id;
        QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOf(m_id) >= 0, eventDeadlineMs);
        QCOMPARE(cell(ContainerModel::NameColumn), m_name);
        QCOMPARE(cell(ContainerModel::StateColumn), QStringLiteral("created"));
        QCOMPARE(cell(ContainerModel::ImageColumn), sandboxImage());
        QCOMPARE(resets.count(), 0);
    }

    void followsStartPauseAndStop()
    {
        QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
        QSignalSpy removals(m_model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(await(m_client->startContainer(m_id)));
        QTRY_COMPARE_WITH_TIMEOUT(cell(ContainerModel::StateColumn), QStringLiteral("running"), eventDeadlineMs);

        QVERIFY(await(m_client->pauseContainer(m_id)));
        QTRY_COMPARE_WITH_TIMEOUT(cell(ContainerModel::StateColumn), QStringLiteral("paused"), eventDeadlineMs);
        QVERIFY(await(m_client->unpauseContainer(m_id)));
        QTRY_COMPARE_WITH_TIMEOUT(cell(ContainerModel::StateColumn), QStringLiteral("running"), eventDeadlineMs);

        QVERIFY(await(m_client->stopContainer(m_id, 1)));
        QTRY_COMPARE_WITH_TIMEOUT(cell(ContainerModel::StateColumn), QStringLiteral("exited"), eventDeadlineMs);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removals.count(), 0);
    }

    void followsARename()
    {
        const QString renamed = m_name + QLatin1String("-renamed");
        QVERIFY(await(m_client->renameContainer(m_id, renamed)));
        QTRY_COMPARE_WITH_TIMEOUT(cell(ContainerModel::NameColumn), renamed, eventDeadlineMs);
        m_name = renamed;
    }

    void countsCheckpoints()
    {
        QVERIFY(await(m_client->startContainer(m_id)));
        QTRY_COMPARE_WITH_TIMEOUT(cell(ContainerModel::StateColumn), QStringLiteral("running"), eventDeadlineMs);
        const EngineResult<void> created = checkpoint(*m_client, m_id, CheckpointOptions{QStringLiteral("counted"), true, {}});
        QVERIFY2(created, why(created).constData());
        QTRY_COMPARE_WITH_TIMEOUT(cell(ContainerModel::CheckpointsColumn), QStringLiteral("1"), eventDeadlineMs);
        QVERIFY(!cell(ContainerModel::LastCheckpointColumn).isEmpty());

        m_proxy->setOnlyWithCheckpoints(true);
        QVERIFY(!m_proxy->match(m_proxy->index(0, 0), ContainerModel::IdRole, m_id, 1, Qt::MatchExactly).isEmpty());
        m_proxy->setOnlyWithCheckpoints(false);
    }

    void filtersByTextAndState()
    {
        // CRIU freezes the container while it dumps: wait for the thaw.
        QTRY_COMPARE_WITH_TIMEOUT(cell(ContainerModel::StateColumn), QStringLiteral("running"), eventDeadlineMs);
        m_proxy->setText(m_name.toUpper());
        QCOMPARE(m_proxy->rowCount(), 1);
        m_proxy->setState(QStringLiteral("exited"));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setState(QStringLiteral("running"));
        QCOMPARE(m_proxy->rowCount(), 1);
        m_proxy->setState(QString());
        m_proxy->setText(QString());
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    }

    void followsARemoval()
    {
        const int before = m_model->rowCount();
        QVERIFY(await(m_client->removeContainer(m_id, true)));
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowOf(m_id), -1, eventDeadlineMs);
        QCOMPARE(m_model->rowCount(), before - 1);
    }
};

QTEST_GUILESS_MAIN(ContainerMonitorTest)
#include "containermonitortest.moc"
