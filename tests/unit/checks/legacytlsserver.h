#pragma once

#include <QString>

#include <atomic>
#include <thread>

// A TLS server that speaks at most TLS 1.1, built directly on OpenSSL because Qt refuses to.
// OpenSSL 3 needs security level 0 for TLS 1.1. Listens on 127.0.0.1 (port 0), serves handshakes
// on its own thread until destroyed.
class LegacyTlsServer
{
public:
    LegacyTlsServer(const QString &certFile, const QString &keyFile);
    ~LegacyTlsServer();
    LegacyTlsServer(const LegacyTlsServer &) = delete;
    LegacyTlsServer &operator=(const LegacyTlsServer &) = delete;

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString lastError() const { return m_error; }

private:
    void serve();

    void *m_ctx = nullptr; // SSL_CTX
    int m_fd = -1;
    quint16 m_port = 0;
    QString m_error;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};
