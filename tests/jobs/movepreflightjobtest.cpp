// SPDX-License-Identifier: GPL-2.0-or-later
// The move's pre-flight between the sandbox engine and a second one: a
// running counter can go, and its image (built on each sandbox, so of another
// id there) travels along; a name taken on the target, a stopped container,
// a missing checkpoint, a volume of the same name on the target and the same
// engine twice are each refused with their reason, and a named volume the
// target lacks travels; an unreachable target fails the check. Nothing is
// created on either engine. Docker 28 and 29's broken restore of a network
// namespace is warned of, offline.
#include "movepreflightjob.h"
#include "engineclient.h"
#include "enginetestsupport.h"

#include <QScopeGuard>
#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

namespace
{
const QString secondSandbox = QStringLiteral("travel-target");

/// The findings of @p preflight of @p severity, one text each.
QStringList findingsOf(const MovePreflight &preflight, MovePreflight::Finding::Severity severity)
{
    QStringList texts;
    for (const MovePreflight::Finding &finding : preflight.findings) {
        if (finding.severity == severity) {
            texts.append(finding.text);
        }
    }
    return texts;
}
} // namespace

class MovePreflightJobTest : public QObject
{
    Q_OBJECT

    EngineClient *m_source = nullptr;
    EngineClient *m_target = nullptr;
    QString m_volume;

    /// The finished pre-flight of moving @p request from the source to @p target.
    std::unique_ptr<MovePreflightJob> preflight(const MovePreflightJob::Request &request, EngineClient *target = nullptr)
    {
        auto job = std::make_unique<MovePreflightJob>(m_source, target ? target : m_target, request);
        if (!runJob(job.get())) {
            return nullptr;
        }
        return job;
    }

    /// The number of containers on @p client's engine.
    static qsizetype containerCount(EngineClient &client)
    {
        const auto containers = await(client.listContainers());
        return containers ? containers->containers.size() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto source = connectToSandbox(this);
        QVERIFY2(source, why(source).constData());
        m_source = *source;
        const auto host = runSandbox({QStringLiteral("up"), secondSandbox});
        QVERIFY2(host, why(host).constData());
        const auto target = connectTo(host->mid(int(qstrlen("DOCKER_HOST="))).trimmed(), this);
        QVERIFY2(target, why(target).constData());
        m_target = *target;
        m_volume = QStringLiteral("preflight-%1").arg(QCoreApplication::applicationPid());
    }

    void cleanupTestCase()
    {
        if (m_target) {
            await(m_target->removeVolume(m_volume));
        }
        if (m_source) {
            await(m_source->removeVolume(m_volume));
        }
    }

    void aRunningCounterCanGoWithItsImage()
    {
        CounterContainers counters(m_source, QStringLiteral("preflight"));
        const auto counter = counters.add(QStringLiteral("running"));
        QVERIFY2(counter, why(counter).constData());
        const qsizetype before = containerCount(*m_target);

        const auto job = preflight({*counter, {}, {}});
        QVERIFY(job);
        QVERIFY2(!job->error(), jobFailure(job.get()).constData());
        const MovePreflight &found = job->preflight();
        QVERIFY2(found.canMove(), qPrintable(found.report()));
        QCOMPARE(found.containerName, *counter);
        QVERIFY(!found.imageOnTarget);
        QCOMPARE(found.source.capabilities.info.architecture, found.target.capabilities.info.architecture);
        QVERIFY(!found.source.capabilities.info.kernelVersion.isEmpty());
        QVERIFY(found.source.capabilities.canCheckpoint() && found.target.capabilities.canCheckpoint());

        const QString report = found.report();
        QVERIFY2(report.contains(QLatin1String("kernel")) && report.contains(found.target.capabilities.info.kernelVersion), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("image: %1, travels along").arg(sandboxImage())), qPrintable(report));
        QVERIFY2(report.endsWith(QLatin1String("The move can go.")), qPrintable(report));
        QCOMPARE(job->processedAmount(KJob::Items), job->totalAmount(KJob::Items) - 1);

        const auto details = await(m_source->inspectContainer(*counter));
        QVERIFY2(details && details->running, "the pre-flight stopped the source");
        QCOMPARE(containerCount(*m_target), before);
    }

    void whatCannotWorkIsRefused_data()
    {
        QTest::addColumn<bool>("start");
        QTest::addColumn<bool>("takeNameOnTarget");
        QTest::addColumn<QString>("checkpoint");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("name taken on the target") << true << true << QString() << QStringLiteral("The target already has a container named");
        QTest::newRow("not running") << false << false << QString() << QStringLiteral("is not running");
        QTest::newRow("no such checkpoint") << true << false << QStringLiteral("absent") << QStringLiteral("has no checkpoint absent to move from");
    }

    void whatCannotWorkIsRefused()
    {
        QFETCH(bool, start);
        QFETCH(bool, takeNameOnTarget);
        QFETCH(QString, checkpoint);
        QFETCH(QString, refusal);
        CounterContainers counters(m_source, QStringLiteral("preflight"));
        const auto counter = counters.add(QStringLiteral("refused"), start);
        QVERIFY2(counter, why(counter).constData());
        const auto removeFromTarget = qScopeGuard([this, name = *counter] {
            await(m_target->removeContainer(name, true));
        });
        if (takeNameOnTarget) {
            const auto taken = createCounter(*m_target, *counter);
            QVERIFY2(taken, why(taken).constData());
        }

        const auto job = preflight({*counter, {}, checkpoint});
        QVERIFY(job);
        QVERIFY2(!job->error(), jobFailure(job.get()).constData());
        const MovePreflight &found = job->preflight();
        QVERIFY(!found.canMove());
        const QStringList refusals = findingsOf(found, MovePreflight::Finding::Severity::Refusal);
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals.first().contains(refusal), qPrintable(refusals.first()));
        QVERIFY2(found.report().endsWith(QLatin1String("The move cannot go.")), qPrintable(found.report()));
    }

    void aNamedVolumeTravelsUnlessTheTargetHasOneOfItsName()
    {
        CounterContainers counters(m_source, QStringLiteral("preflight"));
        QVERIFY(await(m_source->createVolume(m_volume)));
        ContainerSpec spec = counterSpec(counters.name(QStringLiteral("volume")));
        spec.namedVolumes.append({m_volume, QStringLiteral("/data"), false});
        const auto created = await(m_source->createContainer(spec));
        QVERIFY2(created, why(created).constData());
        QVERIFY(await(m_source->startContainer(spec.name)));

        const auto carried = preflight({spec.name, {}, {}});
        QVERIFY(carried && !carried->error());
        QVERIFY2(carried->preflight().canMove(), qPrintable(carried->preflight().report()));
        QCOMPARE(carried->preflight().volumesToCarry, QStringList{m_volume});
        QVERIFY(carried->preflight().report().contains(QStringLiteral("volume: %1, travels along").arg(m_volume)));

        QVERIFY(await(m_target->createVolume(m_volume)));
        const auto clashing = preflight({spec.name, QStringLiteral("preflight-elsewhere"), {}});
        QVERIFY(clashing && !clashing->error());
        const QStringList refusals = findingsOf(clashing->preflight(), MovePreflight::Finding::Severity::Refusal);
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals.first().contains(QStringLiteral("already has a volume named %1").arg(m_volume)), qPrintable(refusals.first()));
        QVERIFY(clashing->preflight().volumesToCarry.isEmpty());
    }

    void theSameEngineTwiceIsRefused()
    {
        CounterContainers counters(m_source, QStringLiteral("preflight"));
        const auto counter = counters.add(QStringLiteral("self"));
        QVERIFY2(counter, why(counter).constData());
        const auto again = connectTo(qEnvironmentVariable("DOCKER_HOST"), this);
        QVERIFY2(again, why(again).constData());

        const auto job = preflight({*counter, QStringLiteral("preflight-self-copy"), {}}, *again);
        QVERIFY(job && !job->error());
        QVERIFY(job->preflight().imageOnTarget);
        const QStringList refusals = findingsOf(job->preflight(), MovePreflight::Finding::Severity::Refusal);
        QCOMPARE(refusals.size(), 1);
        QVERIFY2(refusals.first().contains(QLatin1String("are the same engine")), qPrintable(refusals.first()));
    }

    void anUnreachableTargetFailsTheCheck()
    {
        CounterContainers counters(m_source, QStringLiteral("preflight"));
        const auto counter = counters.add(QStringLiteral("lonely"));
        QVERIFY2(counter, why(counter).constData());
        const auto nowhere = EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/stasis-preflight.sock"));
        QVERIFY2(nowhere, why(nowhere).constData());
        EngineClient unreachable(*nowhere);

        const auto job = preflight({*counter, {}, {}}, &unreachable);
        QVERIFY(job);
        QCOMPARE(job->error(), int(Job::EngineUnavailable));
        QVERIFY2(job->errorString().contains(QLatin1String("unix:///nonexistent/stasis-preflight.sock cannot be reached")), qPrintable(job->errorString()));
    }

    void dockerTwentyEightAndTwentyNineAreWarnedOf_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("networkMode");
        QTest::addColumn<bool>("warned");
        QTest::newRow("28, no network") << QStringLiteral("28.0.1") << QStringLiteral("none") << true;
        QTest::newRow("29, bridge") << QStringLiteral("29.7.2") << QStringLiteral("bridge") << true;
        QTest::newRow("29, the host's network") << QStringLiteral("29.7.2") << QStringLiteral("host") << false;
        QTest::newRow("26") << QStringLiteral("26.1.5+dfsg1") << QStringLiteral("bridge") << false;
        QTest::newRow("27") << QStringLiteral("27.5.1") << QStringLiteral("none") << false;
        QTest::newRow("unknown") << QString() << QStringLiteral("none") << false;
    }

    void dockerTwentyEightAndTwentyNineAreWarnedOf()
    {
        QFETCH(QString, version);
        QFETCH(QString, networkMode);
        QFETCH(bool, warned);
        const QString warning = MovePreflight::brokenNetworkRestore(version, networkMode);
        QCOMPARE(!warning.isEmpty(), warned);
        if (warned) {
            QVERIFY2(warning.contains(version) && warning.contains(QLatin1String("moby#50750")), qPrintable(warning));
        }
    }
};

QTEST_GUILESS_MAIN(MovePreflightJobTest)
#include "movepreflightjobtest.moc"
