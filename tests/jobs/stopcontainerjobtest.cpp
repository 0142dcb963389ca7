// SPDX-License-Identifier: GPL-2.0-or-later
// StopContainerJob against the sandbox engine: a running container stops; one
// that is not running counts as stopped; an unknown one is an error.
#include "stopcontainerjob.h"
#include "enginetestsupport.h"

#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class StopContainerJobTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    CounterContainers m_containers{m_client, QStringLiteral("stopcontainerjobtest")};

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
    }

    void stopsARunningContainer()
    {
        const auto container = m_containers.add(QStringLiteral("running"));
        QVERIFY2(container, why(container).constData());
        StopContainerJob job(m_client, *container, 1);
        QVERIFY(runJob(&job));
        QVERIFY2(!job.error(), jobFailure(&job).constData());
        const auto details = await(m_client->inspectContainer(*container));
        QVERIFY2(details, why(details).constData());
        QVERIFY(!details->running);
    }

    void aStoppedContainerCountsAsStopped()
    {
        const auto container = m_containers.add(QStringLiteral("created"), false);
        QVERIFY2(container, why(container).constData());
        StopContainerJob job(m_client, *container, 1);
        QVERIFY(runJob(&job));
        QVERIFY2(!job.error(), jobFailure(&job).constData());
    }

    void anUnknownContainerFails()
    {
        StopContainerJob job(m_client, m_containers.name(QStringLiteral("never-made")), 1);
        QVERIFY(runJob(&job));
        QCOMPARE(job.error(), int(Job::StopFailed));
        QCOMPARE(job.engineError().kind, EngineError::Kind::NotFound);
        QVERIFY2(job.errorText().contains(m_containers.name(QStringLiteral("never-made"))), qPrintable(job.errorText()));
    }
};

QTEST_GUILESS_MAIN(StopContainerJobTest)
#include "stopcontainerjobtest.moc"
