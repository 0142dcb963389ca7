// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;

namespace Stasis
{

class EngineClient;
struct EngineError;
struct EngineInfo;
struct EngineVersion;

/// Stasis's main window: the connected engine and what it can do.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(EngineClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Connects to the engine and loads what the window shows.
    void connectToEngine();

Q_SIGNALS:
    /// Everything the window shows is loaded (or failed to load, with the reason shown).
    void loaded(bool ok);

private:
    void showEngine(const EngineVersion &version, const EngineInfo &info, bool experimental);
    void showError(const EngineError &error);

    EngineClient *m_client;
    QLabel *m_banner;
    QLabel *m_summary;
    QLabel *m_connectionState;
};

} // namespace Stasis
