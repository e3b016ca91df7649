//! Word vectors from co-occurrence counts: positive PMI (with smoothed context
//! probabilities) factorised by a randomized truncated SVD (Halko, Martinsson &
//! Tropp 2011). Used to cluster the words of a raw news corpus (see
//! [`super::clusters`]). Deterministic for a given seed.
use super::hash::Rng;

/// A sparse matrix in compressed-row form.
#[derive(Debug, Clone, Default)]
pub struct Csr {
    pub rows: usize,
    pub cols: usize,
    /// `row_start[r]..row_start[r + 1]` indexes `col`/`val` of row `r`.
    pub row_start: Vec<usize>,
    pub col: Vec<u32>,
    pub val: Vec<f32>,
}

impl Csr {
    /// Builds a count matrix from `(row, col)` events (sorted in place).
    pub fn from_events(rows: usize, cols: usize, events: &mut [(u32, u32)]) -> Csr {
        events.sort_unstable();
        let mut m = Csr {
            rows,
            cols,
            row_start: vec![0; rows + 1],
            ..Csr::default()
        };
        let mut k = 0;
        for r in 0..rows {
            while let Some(&(er, ec)) = events.get(k) {
                if er as usize != r {
                    break;
                }
                let mut n = 0f32;
                while events.get(k) == Some(&(er, ec)) {
                    n += 1.0;
                    k += 1;
                }
                m.col.push(ec);
                m.val.push(n);
            }
            m.row_start[r + 1] = m.col.len();
        }
        m
    }

    fn row(&self, r: usize) -> impl Iterator<Item = (usize, f32)> + '_ {
        let lo = self.row_start[r];
        let hi = self.row_start[r + 1];
        self.col[lo..hi]
            .iter()
            .zip(&self.val[lo..hi])
            .map(|(&c, &v)| (c as usize, v))
    }

    /// Replaces counts by positive PMI, with context probabilities smoothed by
    /// raising counts to `alpha` (0.75 in Levy, Goldberg & Dagan 2015).
    pub fn ppmi(&mut self, alpha: f64) {
        let mut row_sum = vec![0f64; self.rows];
        let mut col_sum = vec![0f64; self.cols];
        for (r, rs) in row_sum.iter_mut().enumerate() {
            for (c, v) in self.row(r) {
                *rs += f64::from(v);
                col_sum[c] += f64::from(v);
            }
        }
        let total: f64 = row_sum.iter().sum::<f64>().max(1.0);
        let col_a: Vec<f64> = col_sum.iter().map(|&x| x.powf(alpha)).collect();
        let total_a: f64 = col_a.iter().sum::<f64>().max(1e-12);
        for (r, &rs) in row_sum.iter().enumerate() {
            let lo = self.row_start[r];
            let hi = self.row_start[r + 1];
            for k in lo..hi {
                let c = self.col[k] as usize;
                let p_wc = f64::from(self.val[k]) / total;
                let p_w = rs / total;
                let p_c = col_a[c] / total_a;
                let pmi = if p_w > 0.0 && p_c > 0.0 {
                    (p_wc / (p_w * p_c)).ln()
                } else {
                    0.0
                };
                self.val[k] = pmi.max(0.0) as f32;
            }
        }
    }

    /// `self · x` for a dense `cols × k` row-major `x`; result `rows × k`.
    fn mul(&self, x: &[f32], k: usize) -> Vec<f32> {
        let mut y = vec![0f32; self.rows * k];
        for (r, out) in y.chunks_mut(k).enumerate() {
            for (c, v) in self.row(r) {
                out.iter_mut()
                    .zip(&x[c * k..(c + 1) * k])
                    .for_each(|(o, a)| *o += v * a);
            }
        }
        y
    }

    /// `selfᵀ · x` for a dense `rows × k` row-major `x`; result `cols × k`.
    fn mul_t(&self, x: &[f32], k: usize) -> Vec<f32> {
        let mut y = vec![0f32; self.cols * k];
        for r in 0..self.rows {
            let xr = &x[r * k..(r + 1) * k];
            for (c, v) in self.row(r) {
                y[c * k..(c + 1) * k]
                    .iter_mut()
                    .zip(xr)
                    .for_each(|(o, a)| *o += v * a);
            }
        }
        y
    }
}

/// Orthonormalizes the `k` columns of the row-major `n × k` matrix in place
/// (modified Gram–Schmidt in f64 column copies; a null column becomes zero).
fn orthonormalize(m: &mut [f32], n: usize, k: usize) {
    let mut cols: Vec<Vec<f64>> = (0..k)
        .map(|j| (0..n).map(|i| f64::from(m[i * k + j])).collect())
        .collect();
    for j in 0..k {
        let (done, rest) = cols.split_at_mut(j);
        let cj = &mut rest[0];
        for _ in 0..2 {
            for q in done.iter() {
                let d: f64 = q.iter().zip(cj.iter()).map(|(a, b)| a * b).sum();
                cj.iter_mut().zip(q).for_each(|(x, a)| *x -= d * a);
            }
        }
        let norm = cj.iter().map(|x| x * x).sum::<f64>().sqrt();
        if norm > 1e-10 {
            cj.iter_mut().for_each(|x| *x /= norm);
        } else {
            cj.iter_mut().for_each(|x| *x = 0.0);
        }
    }
    for (j, c) in cols.iter().enumerate() {
        for (i, x) in c.iter().enumerate() {
            m[i * k + j] = *x as f32;
        }
    }
}

/// Eigen-decomposition of a symmetric `k × k` matrix (cyclic Jacobi).
/// Returns eigenvalues (descending) and eigenvectors as columns of a row-major matrix.
fn sym_eigen(a: &[f64], k: usize) -> (Vec<f64>, Vec<f64>) {
    let mut a = a.to_vec();
    let mut v = vec![0f64; k * k];
    for i in 0..k {
        v[i * k + i] = 1.0;
    }
    for _sweep in 0..60 {
        let off: f64 = (0..k)
            .flat_map(|i| (0..k).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[i * k + j] * a[i * k + j])
            .sum();
        if off < 1e-18 {
            break;
        }
        for p in 0..k {
            for q in p + 1..k {
                let apq = a[p * k + q];
                if apq.abs() < 1e-30 {
                    continue;
                }
                let theta = (a[q * k + q] - a[p * k + p]) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for r in 0..k {
                    let arp = a[r * k + p];
                    let arq = a[r * k + q];
                    a[r * k + p] = c * arp - s * arq;
                    a[r * k + q] = s * arp + c * arq;
                }
                for r in 0..k {
                    let apr = a[p * k + r];
                    let aqr = a[q * k + r];
                    a[p * k + r] = c * apr - s * aqr;
                    a[q * k + r] = s * apr + c * aqr;
                }
                for r in 0..k {
                    let vrp = v[r * k + p];
                    let vrq = v[r * k + q];
                    v[r * k + p] = c * vrp - s * vrq;
                    v[r * k + q] = s * vrp + c * vrq;
                }
            }
        }
    }
    let mut order: Vec<usize> = (0..k).collect();
    order.sort_by(|&x, &y| a[y * k + y].total_cmp(&a[x * k + x]));
    let vals = order.iter().map(|&i| a[i * k + i]).collect();
    let mut vecs = vec![0f64; k * k];
    for (j, &o) in order.iter().enumerate() {
        for r in 0..k {
            vecs[r * k + j] = v[r * k + o];
        }
    }
    (vals, vecs)
}

/// Rank-`dims` word vectors `U · Σ^power_sigma` of `a` (rows × dims, row-major,
/// each row L2-normalized), by randomized SVD with `iters` power iterations.
pub fn svd_vectors(a: &Csr, dims: usize, iters: usize, sigma_power: f64, seed: u64) -> Vec<f32> {
    let k = (dims + 10).min(a.rows).min(a.cols).max(1);
    let dims = dims.min(k);
    let mut rng = Rng::new(seed);
    let omega: Vec<f32> = (0..a.cols * k)
        .map(|_| {
            // Sum of four uniform variables: close enough to Gaussian.
            (0..4)
                .map(|_| (rng.next_u64() >> 11) as f32 / (1u64 << 53) as f32 - 0.5)
                .sum()
        })
        .collect();
    let mut y = a.mul(&omega, k);
    orthonormalize(&mut y, a.rows, k);
    for _ in 0..iters {
        let mut z = a.mul_t(&y, k);
        orthonormalize(&mut z, a.cols, k);
        y = a.mul(&z, k);
        orthonormalize(&mut y, a.rows, k);
    }
    // B = Qᵀ A (k × cols), stored transposed as Aᵀ Q (cols × k); M = B Bᵀ.
    let bt = a.mul_t(&y, k);
    let mut m = vec![0f64; k * k];
    for row in bt.chunks(k) {
        for i in 0..k {
            let ri = f64::from(row[i]);
            if ri == 0.0 {
                continue;
            }
            for j in 0..k {
                m[i * k + j] += ri * f64::from(row[j]);
            }
        }
    }
    let (vals, vecs) = sym_eigen(&m, k);
    let scale: Vec<f64> = vals
        .iter()
        .take(dims)
        .map(|&l| l.max(0.0).sqrt().powf(sigma_power))
        .collect();
    let mut out = vec![0f32; a.rows * dims];
    for (r, o) in out.chunks_mut(dims).enumerate() {
        let q = &y[r * k..(r + 1) * k];
        for (j, oj) in o.iter_mut().enumerate() {
            let mut s = 0f64;
            for (i, &qi) in q.iter().enumerate() {
                s += f64::from(qi) * vecs[i * k + j];
            }
            *oj = (s * scale[j]) as f32;
        }
        let n = o.iter().map(|x| x * x).sum::<f32>().sqrt();
        if n > 0.0 {
            o.iter_mut().for_each(|x| *x /= n);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jacobi_recovers_eigenvalues() {
        let a = [4.0, 1.0, 0.0, 1.0, 3.0, 0.0, 0.0, 0.0, 1.0];
        let (vals, vecs) = sym_eigen(&a, 3);
        assert!((vals[2] - 1.0).abs() < 1e-9);
        let (l0, l1) = ((7.0 + 5f64.sqrt()) / 2.0, (7.0 - 5f64.sqrt()) / 2.0);
        assert!((vals[0] - l0).abs() < 1e-9 && (vals[1] - l1).abs() < 1e-9);
        // A v = λ v for the first eigenvector.
        let v: Vec<f64> = (0..3).map(|r| vecs[r * 3]).collect();
        for r in 0..3 {
            let av: f64 = (0..3).map(|c| a[r * 3 + c] * v[c]).sum();
            assert!((av - vals[0] * v[r]).abs() < 1e-9);
        }
    }

    #[test]
    fn svd_separates_two_blocks() {
        // Rows 0–2 use columns 0–2, rows 3–5 columns 3–5: two orthogonal groups.
        let mut ev = Vec::new();
        for r in 0..6u32 {
            let base = if r < 3 { 0 } else { 3 };
            for c in base..base + 3 {
                for _ in 0..=(r + c) % 3 {
                    ev.push((r, c));
                }
            }
        }
        let a = Csr::from_events(6, 6, &mut ev);
        assert_eq!(a.val.iter().sum::<f32>() as usize, ev.len());
        let v = svd_vectors(&a, 2, 2, 1.0, 3);
        let dot = |x: usize, y: usize| -> f32 { (0..2).map(|j| v[x * 2 + j] * v[y * 2 + j]).sum() };
        assert!(dot(0, 1) > 0.9 && dot(3, 4) > 0.9, "{v:?}");
        assert!(dot(0, 3).abs() < 0.1, "{v:?}");
    }
}
