// SPDX-License-Identifier: GPL-2.0-or-later
// CheckpointFolder on the sandbox engine: the default folder under the
// engine's data root, a custom folder as given, an unknown container, and
// the one answer to an engine that does not say its data root.
#include "checkpointfolder.h"
#include "enginetestsupport.h"

#include <QTest>

using namespace Stasis;
using namespace Stasis::Test;

class CheckpointFolderTest : public QObject
{
    Q_OBJECT

private:
    EngineClient *m_client = nullptr;
    QString m_container = QStringLiteral("stasis-foldertest-%1-%2").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    QString m_id;
    QString m_dockerRootDir;

private Q_SLOTS:
    void initTestCase()
    {
        const auto client = connectToSandbox(this);
        QVERIFY2(client, why(client).constData());
        m_client = *client;
        const auto info = await(m_client->info());
        QVERIFY2(info, why(info).constData());
        m_dockerRootDir = info->dockerRootDir;
        QVERIFY(!m_dockerRootDir.isEmpty());
        ContainerSpec spec;
        spec.name = m_container;
        spec.image = sandboxImage();
        spec.command = {QStringLiteral("/bin/true")};
        const auto id = await(m_client->createContainer(spec));
        QVERIFY2(id, why(id).constData());
        m_id = *id;
    }

    void cleanupTestCase()
    {
        if (m_client) {
            await(m_client->removeContainer(m_container, true));
        }
    }

    void defaultFolderUnderTheDataRoot()
    {
        const auto folder = await(CheckpointFolder::resolve(m_client, m_container));
        QVERIFY2(folder, why(folder).constData());
        QCOMPARE(folder->container.id, m_id);
        QCOMPARE(folder->container.name, m_container);
        QVERIFY(folder->container.imageId.startsWith(QLatin1String("sha256:")));
        QVERIFY(!folder->custom);
        QCOMPARE(folder->containerFolder, m_dockerRootDir + QLatin1String("/containers/") + m_id);
        QCOMPARE(folder->hostPath, m_dockerRootDir + QLatin1String("/containers/") + m_id + QLatin1String("/checkpoints"));
        QCOMPARE(folder->hostPath, CheckpointFolder::defaultFolder(m_dockerRootDir, m_id));
        QVERIFY(!folder->engine.architecture.isEmpty());
    }

    void customFolderAsGiven()
    {
        const QString custom = QStringLiteral("/tmp/stasis-foldertest-custom");
        const auto folder = await(CheckpointFolder::resolve(m_client, m_id, custom));
        QVERIFY2(folder, why(folder).constData());
        QVERIFY(folder->custom);
        QCOMPARE(folder->hostPath, custom);
        QCOMPARE(folder->container.id, m_id);
        QCOMPARE(folder->containerFolder, m_dockerRootDir + QLatin1String("/containers/") + m_id);
    }

    void unknownContainer()
    {
        const auto folder = await(CheckpointFolder::resolve(m_client, m_container + QLatin1String("-nobody")));
        QVERIFY(!folder);
        QCOMPARE(folder.error().kind, EngineError::Kind::NotFound);
    }

    void emptyDataRoot()
    {
        // The engine's real answers, with the data root an engine may leave out.
        const auto details = await(m_client->inspectContainer(m_container));
        QVERIFY2(details, why(details).constData());
        auto info = await(m_client->info());
        QVERIFY2(info, why(info).constData());
        info->dockerRootDir.clear();

        const auto folder = CheckpointFolder::from(m_container, *details, *info, {});
        QVERIFY(!folder);
        QCOMPARE(folder.error().kind, EngineError::Kind::Protocol);
        QVERIFY2(folder.error().message.contains(QLatin1String("DockerRootDir")), qPrintable(folder.error().message));
        QVERIFY2(folder.error().message.contains(m_container), qPrintable(folder.error().message));

        // A custom folder does not need the data root.
        const auto custom = CheckpointFolder::from(m_container, *details, *info, QStringLiteral("/tmp/elsewhere"));
        QVERIFY2(custom, why(custom).constData());
        QCOMPARE(custom->hostPath, QStringLiteral("/tmp/elsewhere"));
        QVERIFY(custom->containerFolder.isEmpty());
    }

    void containerWithoutImageIsRefused()
    {
        const auto info = await(m_client->info());
        QVERIFY2(info, why(info).constData());
        const auto folder = CheckpointFolder::from(m_container, ContainerDetails{}, *info, {});
        QVERIFY(!folder);
        QCOMPARE(folder.error().kind, EngineError::Kind::Protocol);
    }
};

QTEST_GUILESS_MAIN(CheckpointFolderTest)
#include "checkpointfoldertest.moc"
