// SPDX-License-Identifier: GPL-2.0-or-later
// A connected client survives a restart of its engine: the event stream
// reconnects by itself and the container model is complete again, with what
// changed while the engine was down, without restarting anything on our side.
#include "containermodel.h"
#include "containermonitor.h"
#include "enginetestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
// An engine of its own: restarting the shared one would disturb other tests.
const QString sandboxName = QStringLiteral("restart-test");

} // namespace

class EngineRestartTest : public QObject
{
    Q_OBJECT

private:
    QString stateOf(const QString &id) const
    {
        const int row = m_model->rowOf(id);
        return row < 0 ? QString() : m_model->index(row, ContainerModel::StateColumn).data().toString();
    }

    EngineClient *m_client = nullptr;
    ContainerModel *m_model = nullptr;

private Q_SLOTS:
    void modelIsCompleteAfterTheEngineRestarts()
    {
        const auto host = runSandbox({QStringLiteral("up"), sandboxName});
        QVERIFY2(host, why(host).constData());
        QVERIFY2(host->startsWith(QLatin1String("DOCKER_HOST=")), qPrintable(*host));
        const auto client = connectTo(host->mid(int(qstrlen("DOCKER_HOST="))), this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        removeContainers(); // what an interrupted earlier run left behind

        const auto running = await(m_client->createContainer(counterSpec(QStringLiteral("survivor"))));
        QVERIFY2(running, why(running).constData());
        QVERIFY(await(m_client->startContainer(*running)));

        m_model = new ContainerModel(this);
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        auto *monitor = new ContainerMonitor(m_client, this);
        m_model->follow(monitor);
        QSignalSpy listed(monitor, &ContainerMonitor::containersListed);
        monitor->start();
        QVERIFY(listed.wait(10000));
        QCOMPARE(stateOf(*running), QStringLiteral("running"));
        const int rowsBefore = m_model->rowCount();

        const auto down = runSandbox({QStringLiteral("down"), sandboxName});
        QVERIFY2(down, why(down).constData());
        QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), EventStream::State::Reconnecting, 5000);

        const auto up = runSandbox({QStringLiteral("up"), sandboxName});
        QVERIFY2(up, why(up).constData());
        QCOMPARE(*up, *host);
        QTRY_COMPARE_WITH_TIMEOUT(monitor->state(), EventStream::State::Connected, 15000);
        // The engine stopped its containers on shutdown: the resynchronised
        // list says so although no event of ours saw it happen.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*running), QStringLiteral("exited"), 5000);
        QCOMPARE(m_model->rowCount(), rowsBefore);

        // And it goes on following events.
        const auto later = await(m_client->createContainer(counterSpec(QStringLiteral("after-restart"))));
        QVERIFY2(later, why(later).constData());
        QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOf(*later) >= 0, 2000);
        QCOMPARE(m_model->rowCount(), rowsBefore + 1);
    }

    void cleanupTestCase()
    {
        removeContainers();
        runSandbox({QStringLiteral("down"), sandboxName});
    }

private:
    void removeContainers()
    {
        if (m_client) {
            await(m_client->removeContainer(QStringLiteral("survivor"), true));
            await(m_client->removeContainer(QStringLiteral("after-restart"), true));
        }
    }
};

QTEST_GUILESS_MAIN(EngineRestartTest)
#include "enginerestarttest.moc"
