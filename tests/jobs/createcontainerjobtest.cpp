// SPDX-License-Identifier: GPL-2.0-or-later
// CreateContainerJob against the sandbox engine: a clone configured as its
// model, created and not started; a taken name is refused; a container
// created after a kill is removed again.
#include "createcontainerjob.h"
#include "containerrecipe.h"
#include "enginetestsupport.h"
#include "jobrun.h"

#include <QPointer>
#include <QTest>
#include <QTimer>

using namespace Stasis;
using namespace Stasis::Test;

class CreateContainerJobTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    CounterContainers m_containers{m_client, QStringLiteral("createcontainerjobtest")};

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
    }

    void createsACloneOfItsModel()
    {
        const auto model = m_containers.add(QStringLiteral("model"), false);
        QVERIFY2(model, why(model).constData());
        const QString clone = m_containers.name(QStringLiteral("clone"));
        CreateContainerJob job(m_client, *model, clone);
        QVERIFY(runJob(&job));
        QVERIFY2(!job.error(), jobFailure(&job).constData());
        const auto cloneDetails = await(m_client->inspectContainer(clone));
        QVERIFY2(cloneDetails, why(cloneDetails).constData());
        QCOMPARE(cloneDetails->id, job.containerId());
        QVERIFY(!cloneDetails->running);
        const auto modelDetails = await(m_client->inspectContainer(*model));
        QVERIFY2(modelDetails, why(modelDetails).constData());
        QCOMPARE(cloneDetails->imageId, modelDetails->imageId);
    }

    void refusesATakenName()
    {
        const auto model = m_containers.add(QStringLiteral("taken"), false);
        QVERIFY2(model, why(model).constData());
        CreateContainerJob job(m_client, *model, *model);
        QVERIFY(runJob(&job));
        QCOMPARE(job.error(), int(Job::CreateFailed));
        QCOMPARE(job.engineError().kind, EngineError::Kind::Conflict);
        QVERIFY(job.containerId().isEmpty());
    }

    void aContainerCreatedAfterAKillIsRemoved()
    {
        const auto model = m_containers.add(QStringLiteral("killed-model"), false);
        QVERIFY2(model, why(model).constData());
        const auto recipe = await(ContainerRecipe::ofContainer(m_client, *model));
        QVERIFY2(recipe, why(recipe).constData());
        const QString name = m_containers.name(QStringLiteral("killed"));
        QPointer<CreateContainerJob> job = new CreateContainerJob(m_client, *recipe, name, this);
        job->setAutoDelete(false);
        JobLog log(job);
        QSignalSpy result(job, &KJob::result);
        job->start();
        // Queued after run(): the creation is under way when the kill comes.
        QTimer::singleShot(0, this, [job] {
            QVERIFY(job->kill(KJob::Quietly));
        });
        QTRY_VERIFY_WITH_TIMEOUT(!job, 60000);
        QCOMPARE(result.size(), 0);
        QCOMPARE(log.lines, QStringList{QStringLiteral("After cancelling: %1, created meanwhile, was removed again.").arg(name)});
        const auto inspected = await(m_client->inspectContainer(name));
        QVERIFY(!inspected);
        QCOMPARE(inspected.error().kind, EngineError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(CreateContainerJobTest)
#include "createcontainerjobtest.moc"
