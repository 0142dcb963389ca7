// SPDX-License-Identifier: GPL-2.0-or-later
// RestoreJob against the sandbox engine: a stopped container counts on from
// its checkpoint; a running one is refused with the way out (rewind).
#include "restorejob.h"
#include "enginetestsupport.h"

#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class RestoreJobTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    CounterContainers m_containers{m_client, QStringLiteral("restorejobtest")};

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
    }

    void restoresAStoppedContainer()
    {
        const auto container = m_containers.add(QStringLiteral("stopped"));
        QVERIFY2(container, why(container).constData());
        const auto counting = waitForCounterValues(*m_client, *container, 2);
        QVERIFY2(counting, why(counting).constData());
        const auto created = checkpoint(*m_client, *container, CheckpointOptions{QStringLiteral("cp"), false, {}});
        QVERIFY2(created, why(created).constData());
        const auto frozen = frozenValues(*m_client, *container);
        QVERIFY2(frozen, why(frozen).constData());
        QVERIFY(!frozen->isEmpty());

        RestoreJob job(m_client, *container, QStringLiteral("cp"));
        QVERIFY(runJob(&job));
        QVERIFY2(!job.error(), jobFailure(&job).constData());
        const auto after = waitForCounterValues(*m_client, *container, frozen->size() + 2);
        QVERIFY2(after, why(after).constData());
        QCOMPARE(after->at(frozen->size()), frozen->last() + 1);
    }

    void refusesARunningContainerNamingTheRewind()
    {
        const auto container = m_containers.add(QStringLiteral("running"));
        QVERIFY2(container, why(container).constData());
        const auto counting = waitForCounterValues(*m_client, *container, 1);
        QVERIFY2(counting, why(counting).constData());
        const auto created = checkpoint(*m_client, *container, CheckpointOptions{QStringLiteral("cp"), true, {}});
        QVERIFY2(created, why(created).constData());

        RestoreJob job(m_client, *container, QStringLiteral("cp"));
        QVERIFY(runJob(&job));
        QCOMPARE(job.error(), int(Job::EngineRefused));
        QCOMPARE(job.engineError().kind, EngineError::Kind::NotModified);
        QVERIFY2(job.errorText().contains(QLatin1String("rewind")), qPrintable(job.errorText()));
    }
};

QTEST_GUILESS_MAIN(RestoreJobTest)
#include "restorejobtest.moc"
