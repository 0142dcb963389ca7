// SPDX-License-Identifier: GPL-2.0-or-later
// The engine's change list of a container that wrote, linked and deleted
// files beside a volume, and the plan Stasis reads it with.
#include "enginetestsupport.h"
#include "filesystemchangeplan.h"

#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

using Fetch = FileSystemChangePlan::Fetch;
using Kind = FileSystemChange::Kind;

class FileSystemChangesTest : public QObject
{
    Q_OBJECT

    EngineClient *m_client = nullptr;
    QString m_container;

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        ContainerSpec spec = counterSpec(QStringLiteral("stasis-fs-changes-test"),
                                         {QStringLiteral("/bin/sh"),
                                          QStringLiteral("-c"),
                                          QStringLiteral("echo kept > /data.txt; rm /bin/vi; mkdir -p /opt/a; echo x > /opt/a/f; ln -s /data.txt /opt/l; "
                                                         "echo v > /vol/f; touch /done; exec sleep 1000")});
        spec.volumes = {QStringLiteral("/vol")};
        await(m_client->removeContainer(spec.name, true, true));
        const auto id = await(m_client->createContainer(spec));
        QVERIFY2(id, why(id).constData());
        m_container = *id;
        const auto started = await(m_client->startContainer(m_container));
        QVERIFY2(started, why(started).constData());
        QTRY_VERIFY_WITH_TIMEOUT(await(m_client->archiveStat(m_container, QStringLiteral("/done"))).has_value(), 20000);
    }

    void cleanupTestCase()
    {
        if (m_client && !m_container.isEmpty()) {
            await(m_client->removeContainer(m_container, true, true));
        }
    }

    void theEngineListsWhatChanged()
    {
        const auto changes = await(m_client->fileSystemChanges(m_container));
        QVERIFY2(changes, why(changes).constData());
        QVERIFY(changes->contains(FileSystemChange{QStringLiteral("/data.txt"), Kind::Added}));
        QVERIFY(changes->contains(FileSystemChange{QStringLiteral("/opt/a/f"), Kind::Added}));
        QVERIFY(changes->contains(FileSystemChange{QStringLiteral("/bin/vi"), Kind::Deleted}));
        QVERIFY(changes->contains(FileSystemChange{QStringLiteral("/bin"), Kind::Modified}));
    }

    void thePlanFetchesEachChangeOnceAndLeavesTheVolumeOut()
    {
        const auto changes = await(m_client->fileSystemChanges(m_container));
        QVERIFY2(changes, why(changes).constData());
        const auto details = await(m_client->inspectContainer(m_container));
        QVERIFY2(details, why(details).constData());
        const FileSystemChangePlan plan(*changes, FileSystemChangePlan::mountPointsOf(*details));
        const QList<Fetch> expected{{QStringLiteral("/bin"), Fetch::Scope::Entry},
                                    {QStringLiteral("/data.txt"), Fetch::Scope::Tree},
                                    {QStringLiteral("/done"), Fetch::Scope::Tree},
                                    {QStringLiteral("/opt"), Fetch::Scope::Tree}};
        QCOMPARE(plan.fetches(), expected);
        QCOMPARE(plan.deleted(), QStringList{QStringLiteral("/bin/vi")});
        QVERIFY(plan.isExcluded(QStringLiteral("/vol/f")));
    }

    void anUnknownContainerIsNotFound()
    {
        const auto changes = await(m_client->fileSystemChanges(QStringLiteral("stasis-no-such-container")));
        QVERIFY(!changes);
        QCOMPARE(changes.error().kind, EngineError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(FileSystemChangesTest)
#include "filesystemchangestest.moc"
