//! The externalities every pallet test starts from: one builder for every mock runtime.
//!
//! A mock says what its chain holds at genesis and in block 1, and what must hold after every
//! test, by implementing [`MockChain`]; [`ExtBuilder`] builds that chain, runs the test in it and
//! checks the invariants after it (through [`crate::execute_checked`]).

use core::marker::PhantomData;
use sp_runtime::{BuildStorage, Storage, TryRuntimeError};

/// What a pallet's mock runtime starts its tests from, and what holds after each.
pub trait MockChain: frame_system::Config {
	/// The nodes a test starts with unless it asks for another number ([`ExtBuilder::nodes`]).
	const NODES: u32 = 0;

	/// Clear the mock's recorders and reset its parameters (before genesis is built). Not the
	/// parameters a mock's builder options set (they are set before `build` calls this).
	fn reset() {}

	/// Genesis beyond `frame_system`'s: accounts ([`endow`]) and other pallets' configs, for a
	/// chain of `nodes` nodes.
	fn genesis(_nodes: u32, _storage: &mut Storage) {}

	/// What block 1 holds before the test: `nodes` nodes registered, offered, …
	fn setup(_nodes: u32) {}

	/// The invariants that hold after every test: the `try_state` of the pallets under test,
	/// and whatever else a test may not break.
	fn invariants() -> Result<(), TryRuntimeError>;

	/// A quantity no test may change (the total issuance, where the mock has balances).
	fn conserved() -> Option<u128> {
		None
	}
}

/// Fund `balances` at genesis.
pub fn endow<R: pallet_balances::Config>(
	storage: &mut Storage,
	balances: Vec<(R::AccountId, R::Balance)>,
) {
	pallet_balances::GenesisConfig::<R> { balances, ..Default::default() }
		.assimilate_storage(storage)
		.expect("the balances' genesis builds");
}

/// Builds a mock chain's externalities: `ExtBuilder::<Test>::default().build_and_execute(|| …)`.
pub struct ExtBuilder<R> {
	nodes: u32,
	extra: Vec<Box<dyn BuildStorage>>,
	chain: PhantomData<R>,
}

impl<R: MockChain> Default for ExtBuilder<R> {
	fn default() -> Self {
		ExtBuilder { nodes: R::NODES, extra: Vec::new(), chain: PhantomData }
	}
}

impl<R: MockChain> ExtBuilder<R> {
	/// Start with `n` nodes instead of the mock's default.
	pub fn nodes(mut self, n: u32) -> Self {
		self.nodes = n;
		self
	}

	/// Also build `config` into the genesis, after the mock's own (a pallet's genesis config
	/// under test).
	pub fn with_genesis(mut self, config: impl BuildStorage + 'static) -> Self {
		self.extra.push(Box::new(config));
		self
	}

	/// The chain in block 1, after the mock's setup.
	pub fn build(self) -> sp_io::TestExternalities {
		R::reset();
		let mut storage = frame_system::GenesisConfig::<R>::default()
			.build_storage()
			.expect("the system's genesis builds");
		R::genesis(self.nodes, &mut storage);
		for config in &self.extra {
			config.assimilate_storage(&mut storage).expect("the extra genesis builds");
		}
		let mut ext = sp_io::TestExternalities::new(storage);
		let nodes = self.nodes;
		ext.execute_with(|| {
			frame_system::Pallet::<R>::set_block_number(sp_runtime::traits::One::one());
			R::setup(nodes);
		});
		ext
	}

	/// Build, run `test`, then check the invariants and that the conserved quantity did not move.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		crate::execute_checked(
			self.build(),
			|| {
				let before = R::conserved();
				test();
				before
			},
			|before| {
				R::invariants()?;
				frame_support::ensure!(
					R::conserved() == before,
					"issuance changed: minted or burnt"
				);
				Ok(())
			},
		)
	}
}

/// Externalities whose invariants are checked when they are dropped, for tests that register
/// extensions (off-chain, keystore, pool) and run in them more than once.
pub struct CheckedExt<R: MockChain> {
	ext: sp_io::TestExternalities,
	chain: PhantomData<R>,
}

impl<R: MockChain> ExtBuilder<R> {
	/// [`ExtBuilder::build`], checked when dropped.
	pub fn build_checked(self) -> CheckedExt<R> {
		CheckedExt { ext: self.build(), chain: PhantomData }
	}
}

impl<R: MockChain> core::ops::Deref for CheckedExt<R> {
	type Target = sp_io::TestExternalities;
	fn deref(&self) -> &Self::Target {
		&self.ext
	}
}

impl<R: MockChain> core::ops::DerefMut for CheckedExt<R> {
	fn deref_mut(&mut self) -> &mut Self::Target {
		&mut self.ext
	}
}

impl<R: MockChain> Drop for CheckedExt<R> {
	fn drop(&mut self) {
		// A failed test has said why already; a second panic would abort the run.
		if std::thread::panicking() {
			return;
		}
		if let Err(error) = self.ext.execute_with(R::invariants) {
			panic!("invariants broken after the test: {error:?}");
		}
	}
}
