//! Linear-chain CRF training for the NER tagger: the same features, tags,
//! transition constraints and Viterbi decoder as the perceptron, but the
//! weights maximize the conditional log-likelihood with an L1 penalty.
//!
//! Optimizer: stochastic gradient descent with an exponentially decaying
//! learning rate and the cumulative L1 penalty of Tsuruoka, Tsujii and
//! Ananiadou (ACL 2009, "Stochastic gradient descent training for
//! L1-regularized log-linear models with cumulative penalty"): every weight
//! that a sentence touches is clipped towards zero by the penalty it *should*
//! have received since training began, so that useless features end at exactly
//! zero and are dropped from the model file (smaller table, fewer cache misses
//! at tagging time). Marginals come from forward–backward in log space (`f64`).
use super::hash::Rng;
use super::model::{Scheme, Tag};

/// CRF optimizer settings.
#[derive(Debug, Clone)]
pub struct CrfConfig {
    /// L1 strength for the whole training set (Tsuruoka's C); 0 disables it.
    pub l1: f64,
    /// Initial learning rate.
    pub eta0: f64,
    /// Learning rate after one epoch is `eta0 · decay` (after k epochs `eta0 · decay^k`).
    pub decay: f64,
}

impl Default for CrfConfig {
    fn default() -> Self {
        CrfConfig {
            l1: 1.0,
            eta0: 0.1,
            decay: 0.85,
        }
    }
}

/// The transition structure shared by training and decoding.
struct Structure {
    t: usize,
    /// `allow[j * t + k]`: tag `k` may follow tag `j`.
    allow: Vec<bool>,
    start: Vec<bool>,
    end: Vec<bool>,
}

impl Structure {
    fn new(scheme: Scheme, tags: &[Tag]) -> Structure {
        let t = tags.len();
        let mut allow = vec![false; t * t];
        for (j, &a) in tags.iter().enumerate() {
            for (k, &b) in tags.iter().enumerate() {
                allow[j * t + k] = scheme.allowed(Some(a), b);
            }
        }
        Structure {
            t,
            allow,
            start: tags.iter().map(|&b| scheme.allowed(None, b)).collect(),
            end: tags.iter().map(|&b| scheme.can_end(b)).collect(),
        }
    }
}

fn log_sum_exp(xs: impl Iterator<Item = f64> + Clone) -> f64 {
    let m = xs.clone().fold(f64::NEG_INFINITY, f64::max);
    if m == f64::NEG_INFINITY {
        return m;
    }
    m + xs.map(|x| (x - m).exp()).sum::<f64>().ln()
}

/// Scratch space for one sentence.
#[derive(Default)]
struct Lattice {
    emis: Vec<f64>,
    alpha: Vec<f64>,
    beta: Vec<f64>,
}

impl Lattice {
    /// Forward–backward; returns log Z (or `None` if no path is allowed).
    fn run(&mut self, s: &Structure, trans: &[f32], n: usize) -> Option<f64> {
        let t = s.t;
        const NEG: f64 = f64::NEG_INFINITY;
        self.alpha.clear();
        self.alpha.resize(n * t, NEG);
        self.beta.clear();
        self.beta.resize(n * t, NEG);
        for k in 0..t {
            if s.start[k] {
                self.alpha[k] = f64::from(trans[t * t + k]) + self.emis[k];
            }
        }
        for i in 1..n {
            for k in 0..t {
                let prev = &self.alpha[(i - 1) * t..i * t];
                let v = log_sum_exp((0..t).filter(|&j| s.allow[j * t + k]).map(|j| {
                    // Disallowed predecessors are filtered above; NEG stays NEG.
                    prev[j] + f64::from(trans[j * t + k])
                }));
                self.alpha[i * t + k] = v + self.emis[i * t + k];
            }
        }
        for k in 0..t {
            if s.end[k] {
                self.beta[(n - 1) * t + k] = 0.0;
            }
        }
        for i in (0..n.saturating_sub(1)).rev() {
            for j in 0..t {
                let v = log_sum_exp((0..t).filter(|&k| s.allow[j * t + k]).map(|k| {
                    f64::from(trans[j * t + k])
                        + self.emis[(i + 1) * t + k]
                        + self.beta[(i + 1) * t + k]
                }));
                self.beta[i * t + j] = v;
            }
        }
        let z = log_sum_exp(
            (0..t)
                .filter(|&k| s.end[k])
                .map(|k| self.alpha[(n - 1) * t + k]),
        );
        z.is_finite().then_some(z)
    }
}

/// Applies the cumulative L1 penalty to weight `w` (Tsuruoka et al. 2009).
#[inline]
fn clip(w: &mut f32, q: &mut f32, u: f64) {
    let z = *w;
    let u = u as f32;
    if z > 0.0 {
        *w = (z - (u + *q)).max(0.0);
    } else if z < 0.0 {
        *w = (z + (u - *q)).min(0.0);
    }
    *q += *w - z;
}

/// Trains emission weights `rows × t` and transitions `(t + 1) × t` (start row last).
/// `sentences[s][i]` are the feature rows of token `i`; `gold[s][i]` its tag index.
#[allow(clippy::too_many_arguments)]
pub(crate) fn train(
    scheme: Scheme,
    tags: &[Tag],
    n_rows: usize,
    sentences: &[Vec<Vec<u32>>],
    gold: &[Vec<usize>],
    epochs: usize,
    seed: u64,
    cfg: &CrfConfig,
    mut progress: impl FnMut(usize, f64),
) -> (Vec<f32>, Vec<f32>) {
    let s = Structure::new(scheme, tags);
    let t = s.t;
    let mut w = vec![0f32; n_rows * t];
    let mut q = vec![0f32; n_rows * t];
    let mut tw = vec![0f32; (t + 1) * t];
    let mut tq = vec![0f32; (t + 1) * t];
    let n_train = sentences.iter().filter(|x| !x.is_empty()).count().max(1);
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut rng = Rng::new(seed);
    let mut lat = Lattice::default();
    // Total L1 penalty per weight accumulated so far.
    let mut u = 0f64;
    let mut step = 0usize;
    let mut grad = Vec::new();
    let mut tgrad = vec![0f64; (t + 1) * t];
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        let mut nll = 0f64;
        for &si in &order {
            let sent = &sentences[si];
            let g = &gold[si];
            let n = sent.len();
            if n == 0 || g.len() != n {
                continue;
            }
            let eta = cfg.eta0 * cfg.decay.powf(step as f64 / n_train as f64);
            step += 1;
            u += eta * cfg.l1 / n_train as f64;
            lat.emis.clear();
            lat.emis.resize(n * t, 0.0);
            for (i, fs) in sent.iter().enumerate() {
                let row = &mut lat.emis[i * t..(i + 1) * t];
                for &r in fs {
                    let ws = &w[r as usize * t..(r as usize + 1) * t];
                    row.iter_mut()
                        .zip(ws)
                        .for_each(|(a, &b)| *a += f64::from(b));
                }
            }
            let Some(log_z) = lat.run(&s, &tw, n) else {
                continue;
            };
            // Gold path score for the objective's progress report.
            let mut gold_score = f64::from(tw[t * t + g[0]]);
            for i in 0..n {
                gold_score += lat.emis[i * t + g[i]];
                if i > 0 {
                    gold_score += f64::from(tw[g[i - 1] * t + g[i]]);
                }
            }
            nll += log_z - gold_score;
            // Emission gradients: observed − expected, per token.
            tgrad.iter_mut().for_each(|x| *x = 0.0);
            for i in 0..n {
                grad.clear();
                for k in 0..t {
                    let p = (lat.alpha[i * t + k] + lat.beta[i * t + k] - log_z).exp();
                    grad.push(f64::from(u8::from(g[i] == k)) - p);
                }
                for &r in &sent[i] {
                    let base = r as usize * t;
                    for k in 0..t {
                        w[base + k] += (eta * grad[k]) as f32;
                    }
                }
                // Transition marginals.
                if i == 0 {
                    for k in 0..t {
                        tgrad[t * t + k] += grad[k];
                    }
                } else {
                    tgrad[g[i - 1] * t + g[i]] += 1.0;
                    for j in 0..t {
                        let a = lat.alpha[(i - 1) * t + j];
                        if a == f64::NEG_INFINITY {
                            continue;
                        }
                        for k in 0..t {
                            if !s.allow[j * t + k] {
                                continue;
                            }
                            let p = (a
                                + f64::from(tw[j * t + k])
                                + lat.emis[i * t + k]
                                + lat.beta[i * t + k]
                                - log_z)
                                .exp();
                            tgrad[j * t + k] -= p;
                        }
                    }
                }
            }
            for (x, gr) in tw.iter_mut().zip(&tgrad) {
                *x += (eta * gr) as f32;
            }
            // Cumulative L1 penalty on every weight this sentence touched.
            if cfg.l1 > 0.0 {
                for fs in sent {
                    for &r in fs {
                        let base = r as usize * t;
                        for k in base..base + t {
                            clip(&mut w[k], &mut q[k], u);
                        }
                    }
                }
                for (x, qx) in tw.iter_mut().zip(tq.iter_mut()) {
                    clip(x, qx, u);
                }
            }
        }
        progress(epoch + 1, nll / n_train as f64);
    }
    (w, tw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marginals_sum_to_one() {
        let scheme = Scheme::Bio;
        let tags = scheme.tags();
        let s = Structure::new(scheme, &tags);
        let t = tags.len();
        let n = 4;
        let mut lat = Lattice {
            emis: (0..n * t).map(|x| ((x * 7919) % 13) as f64 / 5.0).collect(),
            ..Lattice::default()
        };
        let trans: Vec<f32> = (0..(t + 1) * t)
            .map(|x| ((x * 31) % 7) as f32 / 4.0)
            .collect();
        let z = lat.run(&s, &trans, n).expect("a path exists");
        for i in 0..n {
            let sum: f64 = (0..t)
                .map(|k| (lat.alpha[i * t + k] + lat.beta[i * t + k] - z).exp())
                .sum();
            assert!((sum - 1.0).abs() < 1e-9, "token {i}: {sum}");
        }
        // I-X never follows O under BIO: its marginal at the first token is zero.
        let i_per = tags
            .iter()
            .position(|g| g.pos == super::super::model::Pos::I)
            .expect("an I tag");
        assert_eq!((lat.alpha[i_per] + lat.beta[i_per] - z).exp(), 0.0);
    }

    #[test]
    fn learns_a_separable_toy_problem() {
        let scheme = Scheme::Bio;
        let tags = scheme.tags();
        // Feature 0 = "name", feature 1 = "other"; names are B-PER (tag 1 under BIO).
        let b_per = 1;
        let sents = vec![vec![vec![1], vec![0], vec![1]], vec![vec![0], vec![1]]];
        let gold = vec![vec![0, b_per, 0], vec![b_per, 0]];
        let cfg = CrfConfig {
            l1: 0.0,
            eta0: 0.5,
            decay: 0.9,
        };
        let (w, _) = train(scheme, &tags, 2, &sents, &gold, 30, 1, &cfg, |_, _| {});
        let t = tags.len();
        let best = |r: usize| {
            (0..t)
                .max_by(|&a, &b| w[r * t + a].total_cmp(&w[r * t + b]))
                .expect("tags")
        };
        assert_eq!(best(0), b_per);
        assert_eq!(best(1), 0);
    }
}
