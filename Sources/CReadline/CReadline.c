// The functions CReadline.h declares, and the one copy of the state of the signal handler.

#include "CReadline.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

// MARK: Set-up

void creadline_set_application(void) {
  rl_readline_name = "assistant";
  rl_change_environment = 0;
}

void creadline_set_catch_signals(int catches, int catches_window_changes) {
  rl_catch_signals = catches;
  rl_catch_sigwinch = catches_window_changes;
}

void creadline_set_getc_function(rl_getc_func_t *getc) {
  rl_getc_function = getc ? getc : rl_getc;
}

// MARK: Completion

void creadline_set_completion(rl_completion_func_t *attempt, rl_compdisp_func_t *display) {
  rl_attempted_completion_function = attempt;
  rl_completion_display_matches_hook = display;
  rl_completer_word_break_characters = "";
  rl_completer_quote_characters = NULL;
  rl_sort_completion_matches = 0;
  rl_completion_append_character = ' ';
  // One Tab both fills in what the matches share and lists them, so `chu ky` shows
  // `chữ ký số` at once. An inputrc file read later can turn it off.
  rl_variable_bind("show-all-if-ambiguous", "on");
}

void creadline_set_attempted_completion_over(int over) {
  rl_attempted_completion_over = over;
}

void creadline_write(const char *text) {
  FILE *stream = rl_outstream ? rl_outstream : stdout;
  fputs(text, stream);
  fflush(stream);
}

// MARK: History

const char *creadline_newest_history_line(void) {
  HIST_ENTRY *entry = history_get(history_base + history_length - 1);
  return entry ? entry->line : NULL;
}

// MARK: Signals
//
// The state is private to this file, so the handler, which writes it, and the key reader, which
// reads it, share the one copy.

static volatile sig_atomic_t creadline_interrupts = 0;
static volatile sig_atomic_t creadline_stops = 0;
static volatile sig_atomic_t creadline_termination = 0;
static int creadline_wakeup[2] = {-1, -1};

static void creadline_note_signal(int signal_number) {
  int saved_errno = errno;
  if (signal_number == SIGINT) {
    creadline_interrupts = 1;
  } else if (signal_number == SIGTSTP) {
    creadline_stops = 1;
  } else {
    creadline_termination = signal_number;
  }
  if (creadline_wakeup[1] >= 0) {
    ssize_t written = write(creadline_wakeup[1], "!", 1);
    (void)written;
  }
  errno = saved_errno;
}

int creadline_install_signal_handlers(void) {
  if (creadline_wakeup[0] < 0) {
    if (pipe(creadline_wakeup) != 0) return -1;
    for (int end = 0; end < 2; end++) {
      fcntl(creadline_wakeup[end], F_SETFD, FD_CLOEXEC);
      fcntl(creadline_wakeup[end], F_SETFL, fcntl(creadline_wakeup[end], F_GETFL) | O_NONBLOCK);
    }
  }
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = creadline_note_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  if (sigaction(SIGINT, &action, NULL) != 0) return -1;
  if (sigaction(SIGTERM, &action, NULL) != 0) return -1;
  if (sigaction(SIGHUP, &action, NULL) != 0) return -1;
  if (sigaction(SIGTSTP, &action, NULL) != 0) return -1;
  // A parent may have started the chat with them blocked (a test runner's thread does), and a
  // blocked signal would only wait: Ctrl-C would do nothing, and SIGTERM would not end it.
  sigset_t handled;
  sigemptyset(&handled);
  sigaddset(&handled, SIGINT);
  sigaddset(&handled, SIGTERM);
  sigaddset(&handled, SIGHUP);
  sigaddset(&handled, SIGTSTP);
  errno = pthread_sigmask(SIG_UNBLOCK, &handled, NULL);
  return errno == 0 ? 0 : -1;
}

int creadline_stop_if_asked(void (*before)(void), void (*after)(void)) {
  if (!creadline_stops) return 0;
  creadline_stops = 0;
  before();
  struct sigaction action, noting;
  memset(&action, 0, sizeof action);
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  sigaction(SIGTSTP, &action, &noting);
  raise(SIGTSTP);
  sigaction(SIGTSTP, &noting, NULL);
  after();
  return 1;
}

int creadline_wakeup_descriptor(void) {
  return creadline_wakeup[0];
}

void creadline_drain_wakeups(void) {
  char bytes[64];
  while (creadline_wakeup[0] >= 0 && read(creadline_wakeup[0], bytes, sizeof bytes) > 0) {
  }
}

int creadline_take_interrupt_for_command(void) {
  unsigned long commands = RL_STATE_ISEARCH | RL_STATE_NSEARCH | RL_STATE_NUMERICARG |
                           RL_STATE_MULTIKEY | RL_STATE_METANEXT | RL_STATE_MOREINPUT;
  if (creadline_interrupts == 1 && RL_ISSTATE(commands)) {
    creadline_interrupts = 2;
    return 1;
  }
  return 0;
}

int creadline_take_interrupt(void) {
  int interrupted = creadline_interrupts;
  creadline_interrupts = 0;
  return interrupted;
}

int creadline_signal_noted(void) {
  return creadline_interrupts != 0 || creadline_stops != 0 || creadline_termination != 0;
}

int creadline_termination_signal(void) {
  return creadline_termination;
}

